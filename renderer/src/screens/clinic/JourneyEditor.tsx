import { PHASE_ROLES } from '../../../../src/session/program';
import type { Journey } from '../../../../src/music/journey';
import { fieldError } from '../../clinic/collection-editor-model';
import { JOURNEY_PARTS, journeyEdits } from '../../clinic/journey-fields';
import { useJourneysActions, useJourneysEditor } from '../../clinic/journeys-editor';
import { useLibraryStore } from '../../library/library-store';
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

/** A name or description field, saved as typed. */
function JourneyText({ journey, field }: { journey: Journey; field: 'name' | 'description' }) {
  const draft = useJourneysEditor((s) => s.drafts[field]);
  const { edit, endTyping } = useJourneysActions();
  const value = draft ? String(draft.value) : journey[field];
  const onChange = (text: string) => edit(journeyEdits.text(field, text));
  return field === 'name' ? (
    <FormField label="Name" hint="What the patient sees on the card." error={fieldError(draft)}>
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} onBlur={endTyping} />
    </FormField>
  ) : (
    <FormField label="Description" hint="A sentence for the patient: what it sounds like." error={fieldError(draft)}>
      <textarea value={value} onChange={(e) => onChange(e.target.value)} onBlur={endTyping} />
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
        <JourneyText journey={journey} field="name" />
        <JourneyText journey={journey} field="description" />
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
