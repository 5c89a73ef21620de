import { useId } from 'react';
import { LANGUAGES, PROMPT_THEMES, PROMPT_STAGES } from '@domain/sheet/prompt-types';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import type { PromptDraft } from '../../stores/clinic-editor-model';
import type { FieldErrors } from '../../stores/editor-model';
import { FormField } from '../../ui/FormField';
import { STAGE_LABELS, THEME_LABELS } from './prompt-labels';

/**
 * A prompt's text in both languages and, for the clinic's own prompts, where in the series it
 * fits and what it is about. Errors sit next to the field they are about.
 */
export function PromptFields({
  draft,
  errors,
  withTags,
  onChange,
  onBlur,
}: {
  draft: PromptDraft;
  errors: FieldErrors;
  /** Built-in prompts keep their stages and theme; only the clinic's own can change them. */
  withTags: boolean;
  /** `typing` is true for text typed key by key, which undo takes back as one change. */
  onChange: (draft: PromptDraft, typing: boolean) => void;
  onBlur?: () => void;
}) {
  const stagesError = useId();
  return (
    <div className="prompt-fields">
      <div className="translated">
        {LANGUAGES.map((language) => (
          <FormField
            key={language}
            label={`Prompt in ${SHEET_DICTIONARIES[language].languageName}`}
            error={errors[`text.${language}`]}
          >
            <textarea
              lang={language}
              rows={3}
              value={draft.text[language]}
              onChange={(e) => onChange({ ...draft, text: { ...draft.text, [language]: e.target.value } }, true)}
              onBlur={onBlur}
            />
          </FormField>
        ))}
      </div>
      {withTags && (
        <div className="prompt-tag-fields">
          <fieldset
            className={errors.stages ? 'choice invalid' : 'choice'}
            aria-describedby={errors.stages ? stagesError : undefined}
          >
            <legend>Handed out at</legend>
            {PROMPT_STAGES.map((stage) => (
              <label className="check" key={stage}>
                <input
                  type="checkbox"
                  checked={draft.stages.includes(stage)}
                  onChange={(e) =>
                    onChange(
                      {
                        ...draft,
                        stages: e.target.checked
                          ? PROMPT_STAGES.filter((s) => s === stage || draft.stages.includes(s))
                          : draft.stages.filter((s) => s !== stage),
                      },
                      false,
                    )
                  }
                />
                {STAGE_LABELS[stage]}
              </label>
            ))}
            {errors.stages && (
              <p className="field-error" id={stagesError}>
                Choose at least one point in the series.
              </p>
            )}
          </fieldset>
          <FormField label="Theme" error={errors.theme && 'Choose a theme.'}>
            <select
              value={draft.theme}
              onChange={(e) => onChange({ ...draft, theme: e.target.value as PromptDraft['theme'] }, false)}
            >
              <option value="">Choose a theme</option>
              {PROMPT_THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_LABELS[theme]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      )}
    </div>
  );
}
