import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Item {
  id: string;
  name: string;
  description: string;
}

/**
 * The programs or journeys a clinic has: built-in ones marked and offered for copying, the
 * clinic's own opened for editing or deleted (after a question; Undo brings one back).
 */
export function CollectionList<T extends Item>({
  label,
  noun,
  items,
  selectedId,
  isBuiltin,
  summary,
  onEdit,
  onCopy,
  onDelete,
  onView,
  viewingId = null,
  badge,
  extra,
}: {
  label: string;
  /** "program", "journey". */
  noun: string;
  items: readonly T[];
  selectedId: string | null;
  isBuiltin: (id: string) => boolean;
  summary: (item: T) => ReactNode;
  onEdit: (item: T) => void;
  onCopy: (item: T) => void;
  onDelete: (item: T) => void;
  /** Opens a built-in item read-only, where the list offers that. */
  onView?: (item: T) => void;
  viewingId?: string | null;
  /** A word beside the name, e.g. "Training". */
  badge?: (item: T) => string | null;
  /** More controls for one item, e.g. whether a built-in program is offered. */
  extra?: (item: T) => ReactNode;
}) {
  const [deleting, setDeleting] = useState<T | null>(null);
  return (
    <>
      <ul className="stack-list" aria-label={label}>
        {items.map((item) => {
          const builtin = isBuiltin(item.id);
          const selected = item.id === selectedId || item.id === viewingId;
          const word = badge?.(item);
          return (
            <li key={item.id} className={selected ? 'card collection-item selected' : 'card collection-item'}>
              <div className="card-head">
                <span className="collection-name">
                  {item.name}
                  {word && <span className="training-mark">{word}</span>}
                </span>
                <span className={builtin ? 'origin builtin' : 'origin'}>{builtin ? 'Built in' : 'Your own'}</span>
              </div>
              <p className="collection-summary">{summary(item)}</p>
              {item.description && <p className="collection-description muted">{item.description}</p>}
              {extra?.(item)}
              <div className="collection-actions">
                {builtin && onView && (
                  <button
                    type="button"
                    className={selected ? 'primary' : 'secondary'}
                    aria-current={selected ? 'true' : undefined}
                    aria-label={`View ${item.name}`}
                    onClick={() => onView(item)}
                  >
                    View
                  </button>
                )}
                {!builtin && (
                  <button
                    type="button"
                    className={selected ? 'primary' : 'secondary'}
                    aria-current={selected ? 'true' : undefined}
                    aria-label={`Edit ${item.name}`}
                    onClick={() => onEdit(item)}
                  >
                    Edit
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Make a copy of ${item.name}`}
                  onClick={() => onCopy(item)}
                >
                  Make a copy
                </button>
                {!builtin && (
                  <button
                    type="button"
                    className="warn"
                    aria-label={`Delete ${item.name}`}
                    onClick={() => setDeleting(item)}
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={`Delete this ${noun}?`}
          confirmLabel={`Delete ${noun}`}
          cancelLabel="Keep it"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            onDelete(deleting);
            setDeleting(null);
          }}
        >
          <p>“{deleting.name}” will no longer be offered. Undo brings it back.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
