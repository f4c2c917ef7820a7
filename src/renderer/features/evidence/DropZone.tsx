import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  disabled: boolean;
  limitLabel: string;
  onFiles: (files: File[], source: 'picker' | 'dragDrop') => void;
  /** Dropped folders: not evidence files themselves, reported by name. */
  onFolders: (names: string[]) => void;
};

/**
 * Where files come in: drag and drop onto the area, or the "Bestanden kiezen…" button (a real
 * file input behind it, labelled for assistive technology). Several files at once.
 */
export const DropZone = ({ disabled, limitLabel, onFiles, onFolders }: Props) => {
  const { t } = useTranslation('evidence');
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child element; count them to know when the drag left.
  const depth = useRef(0);

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    // Dropping is a pointer shortcut; the "Bestanden kiezen…" button is the keyboard path.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={active ? 'dropzone dropzone-active' : 'dropzone'}
      aria-disabled={disabled}
      onDragEnter={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setActive(true);
      }}
      onDragOver={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setActive(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        depth.current = 0;
        setActive(false);
        if (disabled) return;
        // A dropped folder arrives as a File that cannot be read; tell it apart up front.
        const folders = new Set(
          Array.from(e.dataTransfer.items)
            .map((item) => item.webkitGetAsEntry())
            .filter((entry) => entry?.isDirectory)
            .map((entry) => entry?.name ?? ''),
        );
        const files = Array.from(e.dataTransfer.files).filter((f) => !folders.has(f.name));
        if (folders.size > 0) onFolders([...folders]);
        if (files.length > 0) onFiles(files, 'dragDrop');
      }}
    >
      <svg className="dropzone-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 15V4 M7.5 8.5 12 4l4.5 4.5 M4 15v4h16v-4" />
      </svg>
      <p className="dropzone-title">{active ? t('add.dropActive') : t('add.dropTitle')}</p>
      <p className="muted">{t('add.dropHint')}</p>
      <label htmlFor={inputId} className="visually-hidden">
        {t('add.inputLabel')}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        disabled={disabled}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Reset so choosing the same file again still fires a change.
          e.target.value = '';
          if (files.length > 0) onFiles(files, 'picker');
        }}
      />
      <button
        type="button"
        className="button button-primary"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t('add.choose')}
      </button>
      <p className="field-hint">{limitLabel}</p>
    </div>
  );
};
