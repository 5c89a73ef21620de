import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { MAX_CHECKLIST_ITEMS, type ChecklistItem } from '../../../../src/clinic/clinic-config';
import { describeMove } from '../../../../src/list-order';
import { checklistItemPart } from '../../clinic/checklist-actions';
import { checkNewChecklistItem } from '../../clinic/clinic-editor-model';
import { useClinicEditor, useClinicEditorActions, usePartDraft } from '../../clinic/clinic-editor';
import { FormField } from '../../ui/FormField';
import { useKeptFocus } from '../../ui/use-kept-focus';

/** Alt+Up or Alt+Down as a move by one place, or null for any other key. */
const moveKey = (event: KeyboardEvent): -1 | 1 | null =>
  event.altKey && event.key === 'ArrowUp' ? -1 : event.altKey && event.key === 'ArrowDown' ? 1 : null;

/** One item: its label saved as typed (an invalid one stays with its reason), moved or removed. */
function ChecklistRow(props: {
  item: ChecklistItem;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { item, index, count, onMove, onRemove } = props;
  const draft = usePartDraft(checklistItemPart(item.id));
  const { renameChecklistItem, endTyping } = useClinicEditorActions();
  const error = draft && (draft.errors['label'] ?? Object.values(draft.errors)[0]);
  const errorId = useId();
  return (
    <li className={error ? 'checklist-item invalid' : 'checklist-item'}>
      <span className="checklist-position" aria-hidden="true">
        {index + 1}
      </span>
      <input
        aria-label={`Checklist item ${index + 1}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        value={draft ? String(draft.value) : item.label}
        onChange={(e) => renameChecklistItem(item.id, e.target.value)}
        onBlur={endTyping}
        onKeyDown={(e) => {
          const by = moveKey(e);
          if (by === null) return;
          e.preventDefault();
          onMove(by);
        }}
      />
      {/* Kept focusable at either end, so focus is not lost when an item reaches the top. */}
      <button
        type="button"
        className="small secondary"
        aria-label={`Move ${item.label} up`}
        aria-disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="small secondary"
        aria-label={`Move ${item.label} down`}
        aria-disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" className="small secondary" aria-label={`Remove ${item.label}`} onClick={onRemove}>
        Remove
      </button>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </li>
  );
}

/** Adds an item at the end; an empty label is refused once staff try to add it, other faults as typed. */
function NewChecklistItem({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const config = useClinicEditor((s) => s.config!);
  const { addChecklistItem } = useClinicEditorActions();
  const [label, setLabel] = useState('');
  const [tried, setTried] = useState(false);
  const full = config.dischargeChecklist.length >= MAX_CHECKLIST_ITEMS;
  const checked = checkNewChecklistItem(config, label);
  const error = !full && !checked.ok && (tried || label !== '') ? checked.error : undefined;
  return (
    <form
      className="checklist-add"
      aria-label="New checklist item"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!addChecklistItem(label).ok) return;
        setLabel('');
        setTried(false);
      }}
    >
      <FormField
        label="New item"
        error={error}
        hint={full ? `The checklist holds ${MAX_CHECKLIST_ITEMS} items at most.` : undefined}
      >
        <input ref={inputRef} value={label} disabled={full} onChange={(e) => setLabel(e.target.value)} />
      </FormField>
      <button type="submit" disabled={full}>
        Add item
      </button>
    </form>
  );
}

/** The discharge checklist staff tick in recovery: its items added, renamed, reordered and removed. */
export function ChecklistEditor() {
  const items = useClinicEditor((s) => s.config!.dischargeChecklist);
  const { moveChecklistItem, removeChecklistItem } = useClinicEditorActions();
  const [announcement, setAnnouncement] = useState('');
  const keepFocus = useKeptFocus(items.map((item) => item.id).join('\n'));
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);
  // After a removal, focus goes to the item that took its place (or the new item field), not the page.
  const removedAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (removedAt.current === null) return;
    const inputs = listRef.current?.querySelectorAll('input') ?? [];
    (inputs[Math.min(removedAt.current, inputs.length - 1)] ?? addRef.current)?.focus();
    removedAt.current = null;
  }, [items]);

  const move = (index: number, by: -1 | 1) => {
    const item = items[index]!;
    const to = index + by;
    if (to < 0 || to >= items.length) {
      setAnnouncement(`“${item.label}” is already at position ${index + 1} of ${items.length}`);
      return;
    }
    keepFocus();
    moveChecklistItem(item.id, by);
    setAnnouncement(describeMove(item.label, to, items.length));
  };
  const remove = (index: number) => {
    const item = items[index]!;
    removeChecklistItem(item.id);
    setAnnouncement(`Removed “${item.label}”`);
    removedAt.current = index;
  };

  return (
    <fieldset className="form-group checklist-editor">
      <legend>Discharge checklist</legend>
      <p className="field-hint">
        Ticked on the console in recovery, before the patient leaves. A session keeps the list it started with. Move an
        item with its arrows, or Alt+Up and Alt+Down in its field.
      </p>
      {items.length > 0 ? (
        <ol className="checklist-items" aria-label="Discharge checklist items" ref={listRef}>
          {items.map((item, index) => (
            <ChecklistRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      ) : (
        <p className="muted">No checklist: recovery shows none.</p>
      )}
      <NewChecklistItem inputRef={addRef} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
