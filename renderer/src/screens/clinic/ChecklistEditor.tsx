import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { LabelledList } from '@domain/clinic/clinic-edits';
import { MAX_CHECKLIST_ITEMS, type ChecklistItem } from '@domain/session/checklist';
import { describeMove } from '@domain/list-order';
import { checklistItemPart } from '../../stores/checklist-actions';
import { checkNewChecklistItem, listFullMessage } from '../../stores/clinic-editor-model';
import { useClinicEditor, useClinicEditorActions, usePartDraft } from '../../stores/clinic-editor';
import { FormField } from '../../ui/FormField';
import { useKeptFocus } from '../../ui/use-kept-focus';

/** Alt+Up or Alt+Down as a move by one place, or null for any other key. */
const moveKey = (event: KeyboardEvent): -1 | 1 | null =>
  event.altKey && event.key === 'ArrowUp' ? -1 : event.altKey && event.key === 'ArrowDown' ? 1 : null;

/** How one labelled list is named on screen. */
interface ListWords {
  legend: string;
  hint: string;
  /** "Checklist item": each field is "<item> <n>". */
  item: string;
  empty: string;
}

const WORDS: Record<LabelledList, ListWords> = {
  dischargeChecklist: {
    legend: 'Discharge checklist',
    hint: 'Ticked on the console in recovery, before the patient leaves; each program adds its own items after these. A session keeps the list it started with. Move an item with its arrows, or Alt+Up and Alt+Down in its field.',
    item: 'Checklist item',
    empty: 'No checklist: recovery shows only the program’s own items.',
  },
  earlyCloseReasons: {
    legend: 'Reasons for closing early',
    hint: 'Staff choose one when a session closes before its earliest discharge; it is recorded in the history. There is no free text, so nothing about the patient reaches the history.',
    item: 'Reason',
    empty: '',
  },
};

/** One item: its label saved as typed (an invalid one stays with its reason), moved or removed. */
function ChecklistRow(props: {
  list: LabelledList;
  item: ChecklistItem;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { list, item, index, count, onMove, onRemove } = props;
  const draft = usePartDraft(checklistItemPart(item.id, list));
  const { renameChecklistItem, endTyping } = useClinicEditorActions();
  const error = draft && (draft.errors['label'] ?? Object.values(draft.errors)[0]);
  const errorId = useId();
  return (
    <li className={error ? 'checklist-item invalid' : 'checklist-item'}>
      <span className="checklist-position" aria-hidden="true">
        {index + 1}
      </span>
      <input
        aria-label={`${WORDS[list].item} ${index + 1}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        value={draft ? String(draft.value) : item.label}
        onChange={(e) => renameChecklistItem(item.id, e.target.value, list)}
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
function NewChecklistItem({ list, inputRef }: { list: LabelledList; inputRef: RefObject<HTMLInputElement | null> }) {
  const config = useClinicEditor((s) => s.config!);
  const { addChecklistItem } = useClinicEditorActions();
  const [label, setLabel] = useState('');
  const [tried, setTried] = useState(false);
  const full = config[list].length >= MAX_CHECKLIST_ITEMS;
  const checked = checkNewChecklistItem(config, label, list);
  const noun = list === 'dischargeChecklist' ? 'item' : 'reason';
  const error = !full && !checked.ok && (tried || label !== '') ? checked.error : undefined;
  return (
    <form
      className="checklist-add"
      aria-label={list === 'dischargeChecklist' ? 'New checklist item' : 'New reason'}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!addChecklistItem(label, list).ok) return;
        setLabel('');
        setTried(false);
      }}
    >
      <FormField label={`New ${noun}`} error={error} hint={full ? listFullMessage(list) : undefined}>
        <input ref={inputRef} value={label} disabled={full} onChange={(e) => setLabel(e.target.value)} />
      </FormField>
      <button type="submit" disabled={full}>
        Add {noun}
      </button>
    </form>
  );
}

/**
 * One of the clinic's labelled lists (the discharge checklist staff tick in recovery, or the
 * reasons for closing early): its items added, renamed, reordered and removed.
 */
export function ChecklistEditor({ list = 'dischargeChecklist' }: { list?: LabelledList }) {
  const words = WORDS[list];
  const items = useClinicEditor((s) => s.config![list]);
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
    moveChecklistItem(item.id, by, list);
    setAnnouncement(describeMove(item.label, to, items.length));
  };
  const remove = (index: number) => {
    const item = items[index]!;
    removeChecklistItem(item.id, list);
    setAnnouncement(`Removed “${item.label}”`);
    removedAt.current = index;
  };

  return (
    <fieldset className="form-group checklist-editor">
      <legend>{words.legend}</legend>
      <p className="field-hint">{words.hint}</p>
      {items.length > 0 ? (
        <ol className="checklist-items" aria-label={`${words.legend} items`} ref={listRef}>
          {items.map((item, index) => (
            <ChecklistRow
              list={list}
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
        <p className="muted">{words.empty}</p>
      )}
      <NewChecklistItem list={list} inputRef={addRef} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
