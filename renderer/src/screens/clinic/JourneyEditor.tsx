import { PHASE_ROLES } from '@domain/session/program';
import type { Journey } from '@domain/music/journey';
import { fieldError } from '../../stores/collection-editor-model';
import { JOURNEY_PARTS, journeyEdits } from '../../stores/journey-fields';
import { useJourneysActions, useJourneysEditor } from '../../stores/journeys-editor';
import { useLibraryStore } from '../../stores/library-store';
import { FormField } from '../../ui/FormField';
import { CoverField } from './CoverField';
import { SoundSelect } from './SoundSelect';

const PART_HINTS = {
  settling: 'Before the dose, while the patient settles.',
  opening: 'The first treatment phase.',
  deep: 'The treatment phases between the first and the last.',
  closing: 'The last treatment phase, when there are three or more.',
  recovery: 'Rest after the treatment ends.',
} as const;

type TextField = 'name' | 'description';

const TEXT_LABELS: Record<'en' | 'es', Record<TextField, { label: string; hint: string }>> = {
  en: {
    name: { label: 'Name', hint: 'What the patient sees on the card.' },
    description: { label: 'Description', hint: 'A sentence for the patient: what it sounds like.' },
  },
  es: {
    name: { label: 'Name in Spanish', hint: 'For patients who choose Español. Left empty, they see the English.' },
    description: {
      label: 'Description in Spanish',
      hint: 'For patients who choose Español. Left empty, they see the English.',
    },
  },
};

/** A name or description field, in English or in Spanish, saved as typed. */
function JourneyText({ journey, field, language }: { journey: Journey; field: TextField; language: 'en' | 'es' }) {
  const part = language === 'en' ? field : `translations.es.${field}`;
  const draft = useJourneysEditor((s) => s.drafts[part]);
  const { edit, endTyping } = useJourneysActions();
  const saved = language === 'en' ? journey[field] : journey.translations.es[field];
  const value = draft ? String(draft.value) : saved;
  const onChange = (text: string) =>
    edit(language === 'en' ? journeyEdits.text(field, text) : journeyEdits.spanish(field, text));
  const { label, hint } = TEXT_LABELS[language][field];
  const lang = language === 'es' ? 'es' : undefined;
  return (
    <FormField label={label} hint={hint} error={fieldError(draft)}>
      {field === 'name' ? (
        <input type="text" lang={lang} value={value} onChange={(e) => onChange(e.target.value)} onBlur={endTyping} />
      ) : (
        <textarea lang={lang} value={value} onChange={(e) => onChange(e.target.value)} onBlur={endTyping} />
      )}
    </FormField>
  );
}

/** One of the clinic's own journeys: name, description, cover and a sound for each part, saved as chosen. */
export function JourneyEditor({ journey }: { journey: Journey }) {
  const playlists = useLibraryStore((s) => s.playlists);
  const { edit } = useJourneysActions();
  return (
    <div className="journey-editor">
      <h2>{journey.name.trim() || 'Unnamed journey'}</h2>
      <fieldset className="form-group journey-about">
        <legend>For the patient</legend>
        <div className="journey-languages">
          <JourneyText journey={journey} field="name" language="en" />
          <JourneyText journey={journey} field="name" language="es" />
          <JourneyText journey={journey} field="description" language="en" />
          <JourneyText journey={journey} field="description" language="es" />
        </div>
        <CoverField journey={journey} />
      </fieldset>
      <fieldset className="form-group journey-sounds">
        <legend>Sound for each part</legend>
        <p className="muted">A playlist shorter than its part starts again without a gap. Make playlists in Library.</p>
        {PHASE_ROLES.map((role) => (
          <SoundSelect
            key={role}
            label={JOURNEY_PARTS[role]}
            hint={PART_HINTS[role]}
            sound={journey.sounds[role]}
            playlists={playlists}
            onChange={(sound) => edit(journeyEdits.sound(role, sound))}
          />
        ))}
      </fieldset>
    </div>
  );
}
