import { useState } from 'react';
import { checkNewPrompt, type PromptDraft } from '../../stores/clinic-editor-model';
import type { FieldErrors } from '../../stores/editor-model';
import { useClinicConfig, useClinicEditorActions } from '../../stores/clinic-editor';
import { PromptFields } from './PromptFields';

const EMPTY: PromptDraft = { text: { en: '', es: '' }, stages: [], theme: '' };

/** Which parts of the form a field's error belongs to ("text.en" → "text.en", "stages.0" → "stages"). */
const fieldOf = (path: string) => (path.startsWith('text.') ? path : path.split('.')[0]!);

/**
 * A prompt of the clinic's own: both languages, at least one point in the series and a theme.
 * It is checked as it is written; each field says what is missing once it has been touched.
 */
export function NewPromptForm({ onDone }: { onDone: (id: string | null) => void }) {
  const config = useClinicConfig((settings) => settings);
  const { addPrompt } = useClinicEditorActions();
  const [draft, setDraft] = useState<PromptDraft>(EMPTY);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const checked = checkNewPrompt(config, draft);
  const errors: FieldErrors = {};
  if (!checked.ok) {
    for (const [path, why] of Object.entries(checked.errors)) {
      const field = fieldOf(path);
      if (submitted || touched.has(field)) errors[field] ??= why;
    }
  }

  const change = (next: PromptDraft) => {
    const changed = new Set(touched);
    for (const language of ['en', 'es'] as const)
      if (next.text[language] !== draft.text[language]) changed.add(`text.${language}`);
    if (next.stages !== draft.stages) changed.add('stages');
    if (next.theme !== draft.theme) changed.add('theme');
    setTouched(changed);
    setDraft(next);
  };

  return (
    <form
      className="new-prompt"
      aria-label="New prompt"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        const added = addPrompt(draft);
        if (added.ok) onDone(added.id);
      }}
    >
      <h2>New prompt</h2>
      <p className="muted">Write it in both languages. It is handed out at the points in the series you choose.</p>
      <PromptFields draft={draft} errors={errors} withTags onChange={change} />
      {submitted && !checked.ok && (
        <p className="field-error" role="alert">
          Fill in what is marked above to add this prompt.
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save prompt
        </button>
      </div>
    </form>
  );
}
