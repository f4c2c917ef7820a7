import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../core/evidence/types';
import { evidenceRepository } from '../../db/repositories';

/** Text previews are read whole; larger text files show metadata only. */
const MAX_TEXT_PREVIEW = 1024 * 1024;

type Loaded = { url: string; text: string | null; blob: Blob };

const previewKind = (mime: string) => {
  const type = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('image/') && type !== 'image/heic' && type !== 'image/tiff') return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  if (type === 'text/plain') return 'text';
  return 'none';
};

/** The stored bytes as a blob: URL of the right type (the CSP allows blob: for previews). */
const useStoredBlob = (item: EvidenceItem): Loaded | null => {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    const state: { cancelled: boolean; url: string | null } = { cancelled: false, url: null };
    void evidenceRepository.getBlob(item.id).then(async (stored) => {
      if (!stored) return;
      // Re-typed without copying: the browser may have stored an empty type.
      const blob = new Blob([stored], { type: item.mimeType });
      const text =
        previewKind(item.mimeType) === 'text' && blob.size <= MAX_TEXT_PREVIEW
          ? await blob.text()
          : null;
      if (state.cancelled) return;
      const url = URL.createObjectURL(blob);
      state.url = url;
      setLoaded({ url, text, blob });
    });
    return () => {
      state.cancelled = true;
      if (state.url) URL.revokeObjectURL(state.url);
      setLoaded(null);
    };
  }, [item.id, item.mimeType]);
  return loaded;
};

type Props = { item: EvidenceItem; onOpenWith: ((blob: Blob) => void) | null };

/** Images, PDF, video, audio and text inside the app; anything else offers "Openen met…". */
export const EvidencePreview = ({ item, onOpenWith }: Props) => {
  const { t } = useTranslation('evidence');
  const loaded = useStoredBlob(item);
  if (!loaded) return <div className="preview preview-loading" />;
  const label = t('detail.previewOf', { name: item.originalName });
  const kind = previewKind(item.mimeType);
  const openWith = onOpenWith ? (
    <button type="button" className="button" onClick={() => onOpenWith(loaded.blob)}>
      {t('detail.openWith')}
    </button>
  ) : null;

  switch (kind) {
    case 'image':
      return (
        <figure className="preview">
          <img src={loaded.url} alt={label} />
          {openWith}
        </figure>
      );
    case 'pdf':
      return (
        <figure className="preview">
          <iframe src={loaded.url} title={label} className="preview-pdf" />
          {openWith}
        </figure>
      );
    case 'video':
      return (
        <figure className="preview">
          {/* Evidence recordings have no captions; the transcript, if any, is its own item. */}
          {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
          <video src={loaded.url} controls aria-label={label} />
          {openWith}
        </figure>
      );
    case 'audio':
      return (
        <figure className="preview">
          {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
          <audio src={loaded.url} controls aria-label={label} />
          {openWith}
        </figure>
      );
    case 'text':
      return (
        <figure className="preview">
          {loaded.text !== null ? (
            // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <pre className="preview-text" aria-label={label} tabIndex={0}>
              {loaded.text}
            </pre>
          ) : (
            <p className="muted">{t('detail.noPreview')}</p>
          )}
          {openWith}
        </figure>
      );
    case 'none':
      return (
        <div className="preview preview-none">
          <p className="muted">{t('detail.noPreview')}</p>
          {openWith}
        </div>
      );
  }
};
