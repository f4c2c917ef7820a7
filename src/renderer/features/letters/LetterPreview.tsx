import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, LetterModel } from '../../../core/letters/model/types';

/** Editing hooks for a draft; absent for an issued (frozen) document. */
export type PreviewEditing = {
  overrides: Record<string, string>;
  /** Saves the text of a block at once; null restores the standard text. */
  onChange: (id: string, text: string | null) => void;
};

const editableText = (block: Block): string | null => {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.text;
    case 'list':
      return block.items.join('\n');
    default:
      return null;
  }
};

/** The first words of a text, to name the paragraph an edit button belongs to. */
const firstWords = (text: string): string => {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
};

/**
 * One editable piece of the letter: its text, an edit button, and while editing a text area
 * that saves as you type. The standard text can be restored when it was edited.
 */
const Editable = ({
  id,
  text,
  isList,
  editing,
  children,
}: {
  id: string;
  text: string;
  isList: boolean;
  editing: PreviewEditing | undefined;
  children: ReactNode;
}) => {
  const { t } = useTranslation('letters');
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(text);
  const editButton = useRef<HTMLButtonElement>(null);
  const areaId = useId();
  if (!editing) return <div className="letters-block">{children}</div>;
  const edited = editing.overrides[id] !== undefined;
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <div className={`letters-block letters-editable${edited ? ' letters-edited' : ''}`}>
      {open ? (
        <div className="letters-editor">
          <label className="visually-hidden" htmlFor={areaId}>
            {t('preview.editorLabel')}
          </label>
          <textarea
            id={areaId}
            className="textarea"
            value={value}
            rows={Math.min(
              14,
              Math.max(3, Math.ceil(value.length / 80) + value.split('\n').length),
            )}
            aria-describedby={isList ? `${areaId}-hint` : undefined}
            // The editor opens on request, so taking the focus is what the user expects.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            onChange={(e) => {
              setValue(e.target.value);
              editing.onChange(id, e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') close();
            }}
          />
          {isList ? (
            <span id={`${areaId}-hint`} className="field-hint">
              {t('preview.listEditorHint')}
            </span>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button button-small" onClick={close}>
              {t('preview.done')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {children}
          <div className="letters-block-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-small letters-edit-button"
              aria-label={t('preview.editLabel', { text: firstWords(text) })}
              onClick={() => {
                setValue(text);
                setOpen(true);
              }}
            >
              {t('preview.edit')}
            </button>
            {edited ? (
              <>
                <span className="letters-tag">{t('preview.edited')}</span>
                <button
                  type="button"
                  className="button button-small letters-edit-button"
                  aria-label={t('preview.resetLabel', { text: firstWords(text) })}
                  onClick={() => {
                    editing.onChange(id, null);
                    editButton.current?.focus();
                  }}
                >
                  {t('preview.reset')}
                </button>
              </>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
};

/** Renders text with its line breaks (addresses in the appeal clause). */
const MultiLine = ({ text }: { text: string }) => (
  <>
    {text.split('\n').map((line, i) => (
      <span key={i} className="letters-line">
        {line}
      </span>
    ))}
  </>
);

const BlockView = ({ block, editing }: { block: Block; editing: PreviewEditing | undefined }) => {
  const text = editableText(block);
  let content: ReactNode;
  switch (block.type) {
    case 'heading':
      content = <h4 className="letters-heading">{block.text}</h4>;
      break;
    case 'paragraph':
      content = (
        <p>
          <MultiLine text={block.text} />
        </p>
      );
      break;
    case 'list':
      content = (
        <ul className="letters-list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
      break;
    case 'fields':
      content = (
        <dl className="letters-fields">
          {block.rows.map((row, i) => (
            <div key={i}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      );
      break;
    case 'table':
      content = (
        <div className="letters-table-wrap">
          <table className="table letters-table">
            <thead>
              <tr>
                {block.columns.map((col, i) => (
                  <th key={i} scope="col">
                    {col.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      {typeof cell === 'string' ? (
                        cell
                      ) : (
                        <>
                          {cell.text}
                          <span className="mono letters-hash">{cell.detail}</span>
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
      break;
    case 'cover':
      content = (
        <div className="letters-cover">
          <p className="letters-cover-title">{block.title}</p>
          {block.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <dl className="letters-fields">
            {block.rows.map((row, i) => (
              <div key={i}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      );
      break;
    case 'pageBreak':
      return <hr className="letters-page-break" />;
  }
  return text === null ? (
    <div className="letters-block">{content}</div>
  ) : (
    <Editable id={block.id} text={text} isList={block.type === 'list'} editing={editing}>
      {content}
    </Editable>
  );
};

/**
 * A letter model as readable paper: letterhead, address, reference block, subject, body,
 * appeal clause, closing and signature. With `editing`, every paragraph, heading, list, the
 * subject and the salutation can be edited in place.
 */
export const LetterPreview = ({
  model,
  editing,
  label,
}: {
  model: LetterModel;
  editing?: PreviewEditing;
  label: string;
}) => {
  const { t } = useTranslation('letters');
  const subjectRow = model.reference.find((r) => r.value === model.subject);
  return (
    <article
      className={`letters-paper${editing ? ' letters-paper-editing' : ''}`}
      aria-label={label}
      lang={model.language}
    >
      <header className="letters-letterhead">
        <p className="letters-school">{model.letterhead.schoolName}</p>
        {model.letterhead.lines.map((line) => (
          <p key={line} className="letters-letterhead-line">
            {line}
          </p>
        ))}
      </header>
      {model.markings.length > 0 || model.addressLines.length > 0 ? (
        <div className="letters-address">
          {model.markings.map((m) => (
            <p key={m} className="letters-marking">
              {m}
            </p>
          ))}
          {model.addressLines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
      {model.layout === 'note' ? <p className="letters-note-title">{model.title}</p> : null}
      <dl className="letters-reference">
        {model.reference
          .filter((r) => r !== subjectRow)
          .map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
      </dl>
      <Editable id="betreft" text={model.subject} isList={false} editing={editing}>
        <p className="letters-subject">
          <span className="letters-subject-label">{subjectRow?.label ?? t('preview.subject')}</span>{' '}
          {model.subject}
        </p>
      </Editable>
      {model.salutation !== null ? (
        <Editable id="aanhef" text={model.salutation} isList={false} editing={editing}>
          <p>{model.salutation}</p>
        </Editable>
      ) : null}
      {model.body.map((block) => (
        <BlockView key={block.id} block={block} editing={editing} />
      ))}
      {model.appealClause ? (
        <div className="letters-appeal">
          {model.appealClause.map((block) => (
            <BlockView key={block.id} block={block} editing={editing} />
          ))}
        </div>
      ) : null}
      {model.closing ? <p className="letters-closing">{model.closing}</p> : null}
      {model.signature ? (
        <div className="letters-signature">
          <p>{model.signature.name}</p>
          <p>{model.signature.functionTitle}</p>
          {model.signature.mandate ? (
            <p className="letters-mandate">{model.signature.mandate}</p>
          ) : null}
        </div>
      ) : null}
      {model.enclosures.length > 0 ? (
        <div className="letters-enclosures">
          <p className="letters-subject-label">{model.labels.enclosures}</p>
          <ul className="letters-list">
            {model.enclosures.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {model.copyTo.length > 0 ? (
        <p className="letters-copy">
          <span className="letters-subject-label">{model.labels.copyTo}:</span>{' '}
          {model.copyTo.join(', ')}
        </p>
      ) : null}
    </article>
  );
};
