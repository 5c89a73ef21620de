import { useEffect, useId, useRef, useState } from 'react';
import { isReworded } from '@domain/clinic/clinic-edits';
import { isBuiltinPrompt } from '@domain/sheet/prompt-library';
import type { IntegrationPrompt } from '@domain/sheet/prompt-types';
import type { PromptDraft } from '../../stores/clinic-editor-model';
import { useClinicEditor, useClinicEditorActions, usePartDraft } from '../../stores/clinic-editor';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Switch } from '../../ui/Switch';
import { PromptFields } from './PromptFields';
import { STAGE_LABELS, THEME_LABELS } from './prompt-labels';

/** Editing a prompt in place, saved as typed. */
function PromptEditor({ prompt, builtin }: { prompt: IntegrationPrompt; builtin: boolean }) {
  const draft = usePartDraft(`prompt.${prompt.id}`);
  const { editPrompt, endTyping } = useClinicEditorActions();
  const value = (draft?.value as PromptDraft | undefined) ?? {
    text: prompt.text,
    stages: prompt.stages,
    theme: prompt.theme,
  };
  return (
    <PromptFields
      draft={value}
      errors={draft?.errors ?? {}}
      withTags={!builtin}
      onChange={(next, typing) => editPrompt(prompt.id, next, typing)}
      onBlur={endTyping}
    />
  );
}

/**
 * One prompt of the clinic's library: its text in both languages, where it fits, whether it
 * is handed out, and what the clinic can do with it (reword any; delete only its own).
 */
export function PromptCard({
  prompt,
  justAdded,
  editing,
  onEditing,
  onDeleted,
}: {
  prompt: IntegrationPrompt;
  justAdded: boolean;
  /** Open for editing; the list keeps it in view even when the new text no longer matches a search. */
  editing: boolean;
  onEditing: (editing: boolean) => void;
  onDeleted: () => void;
}) {
  const builtin = isBuiltinPrompt(prompt.id);
  const reworded = useClinicEditor((s) => isReworded(s.config!, prompt.id));
  const { setPromptHandedOut, restorePromptWording, deletePrompt } = useClinicEditorActions();
  const [confirming, setConfirming] = useState(false);
  const textId = useId();
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!justAdded) return;
    editButton.current?.scrollIntoView({ block: 'center' });
    editButton.current?.focus();
  }, [justAdded]);

  const origin = builtin ? (reworded ? 'Built-in, reworded' : 'Built-in') : 'Your own';
  return (
    <li className={prompt.enabled ? 'card prompt-card' : 'card prompt-card off'} aria-labelledby={textId}>
      <div className="translated prompt-texts">
        <p lang="en" id={textId}>
          {prompt.text.en}
        </p>
        <p lang="es">{prompt.text.es}</p>
      </div>
      <div className="prompt-foot">
        <p className="prompt-tags muted">
          {prompt.stages.map((stage) => STAGE_LABELS[stage]).join(', ')} · {THEME_LABELS[prompt.theme]} · {origin}
        </p>
        <div className="prompt-actions">
          <Switch label="Handed out" checked={prompt.enabled} onChange={(on) => setPromptHandedOut(prompt.id, on)} />
          <button
            type="button"
            ref={editButton}
            aria-expanded={editing}
            className="secondary"
            onClick={() => onEditing(!editing)}
          >
            {editing ? 'Done' : 'Edit'}
          </button>
          {builtin && reworded && (
            <button type="button" className="secondary" onClick={() => restorePromptWording(prompt.id)}>
              Restore the built-in wording
            </button>
          )}
          {!builtin && (
            <button type="button" className="warn" onClick={() => setConfirming(true)}>
              Delete
            </button>
          )}
        </div>
      </div>
      {editing && <PromptEditor prompt={prompt} builtin={builtin} />}
      {confirming && (
        <ConfirmDialog
          title="Delete this prompt?"
          confirmLabel="Delete prompt"
          cancelLabel="Keep it"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onEditing(false);
            deletePrompt(prompt.id);
            onDeleted();
          }}
        >
          <p lang="en">“{prompt.text.en}”</p>
          <p>It will no longer be handed out. Undo brings it back.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
