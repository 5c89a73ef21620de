import { useState } from 'react';
import type { z } from 'zod';
import { LightOutputDraft, type LightOutput, type LightOutputKind } from '@domain/light/light-output';
import { usePrograms } from '../../stores/programs-store';
import { useLightsActions } from '../../stores/lights-store';
import { errorsByPath, FormField } from '../../ui/FormField';
import { DmxFields, NEW_DMX } from './DmxFields';
import { HomeAssistantFields, NEW_HOME_ASSISTANT } from './HomeAssistantFields';
import { HueFields, NEW_HUE } from './HueFields';

type Draft = z.input<typeof LightOutputDraft>;

const KIND_NAMES: Record<LightOutputKind, string> = {
  dmx: 'DMX (sACN or Art-Net)',
  hue: 'Philips Hue',
  homeAssistant: 'Home Assistant',
};

/** A new output of a kind, with the defaults most rooms need. */
export function newDraft(kind: LightOutputKind): Draft {
  const common = { name: '', enabled: true, minPct: 0, maxPct: 100, programIds: null };
  if (kind === 'dmx') return { kind, ...common, dmx: NEW_DMX };
  if (kind === 'hue') return { kind, ...common, hue: NEW_HUE };
  return { kind, ...common, homeAssistant: NEW_HOME_ASSISTANT };
}

/** The setup form's view of a saved output (no secret references: the main process keeps those). */
export function draftOf(output: LightOutput): Draft {
  if (output.kind === 'hue') {
    const { applicationKeyRef: _key, ...hue } = output.hue;
    return { ...output, hue };
  }
  if (output.kind === 'homeAssistant') {
    const { tokenRef: _token, ...homeAssistant } = output.homeAssistant;
    return { ...output, homeAssistant };
  }
  return output;
}

const numberValue = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : value);

/** The paths ("name", "dmx.host") where two drafts differ, so errors show only for fields staff touched. */
function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

/** Adds or edits one output; every field is checked as it is typed and nothing invalid is saved. */
export function OutputForm({ initial, onDone }: { initial: Draft; onDone: () => void }) {
  const programs = usePrograms();
  const { save } = useLightsActions();
  const [draft, setDraft] = useState<Draft>(initial);
  const [token, setToken] = useState('');
  const [saving, setSaving] = useState(false);
  // An error shows once its field was changed, or for every field once Save was pressed.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [saveTried, setSaveTried] = useState(false);
  const editing = initial.id !== undefined;

  const payload: Draft = draft.kind === 'homeAssistant' && token.trim() !== '' ? { ...draft, token } : draft;
  const parsed = LightOutputDraft.safeParse(payload);
  const errors = parsed.success ? new Map<string, string>() : errorsByPath(parsed.error.issues);
  if (draft.kind === 'homeAssistant' && !editing && token.trim() === '') {
    errors.set('token', 'Paste a long-lived access token from your Home Assistant profile.');
  }
  const shown = new Map([...errors].filter(([path]) => saveTried || touched.has(path)));
  const edit = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch } as Draft;
    setTouched((t) => new Set([...t, ...changedPaths(draft, next)]));
    setDraft(next);
  };
  const typeToken = (text: string) => {
    setTouched((t) => new Set([...t, 'token']));
    setToken(text);
  };
  const followsAll = draft.programIds === null || draft.programIds === undefined;

  return (
    <form
      className="output-form"
      aria-label={editing ? `Edit ${initial.name}` : `New ${KIND_NAMES[draft.kind]} output`}
      onSubmit={(event) => {
        event.preventDefault();
        setSaveTried(true);
        if (!parsed.success || errors.size > 0) return;
        setSaving(true);
        void save(parsed.data).then((saved) => {
          setSaving(false);
          if (saved) onDone();
        });
      }}
    >
      <h2>{editing ? `Edit “${initial.name}”` : `New ${KIND_NAMES[draft.kind]} output`}</h2>
      <fieldset className="form-group">
        <legend>Output</legend>
        <FormField label="Name" error={shown.get('name')}>
          <input value={draft.name} onChange={(e) => edit({ name: e.target.value })} placeholder="Ceiling" />
        </FormField>
        <FormField label="Lowest level (%)" error={shown.get('minPct')}>
          <input
            type="number"
            min={0}
            max={100}
            value={numberValue(draft.minPct)}
            onChange={(e) => edit({ minPct: e.target.valueAsNumber })}
          />
        </FormField>
        <FormField label="Highest level (%)" error={shown.get('maxPct')}>
          <input
            type="number"
            min={0}
            max={100}
            value={numberValue(draft.maxPct)}
            onChange={(e) => edit({ maxPct: e.target.valueAsNumber })}
          />
        </FormField>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.enabled ?? true}
            onChange={(e) => edit({ enabled: e.target.checked })}
          />
          On
        </label>
      </fieldset>

      <fieldset className="form-group">
        <legend>Follows</legend>
        <label className="check">
          <input type="radio" name="follows" checked={followsAll} onChange={() => edit({ programIds: null })} />
          Every program
        </label>
        <label className="check">
          <input type="radio" name="follows" checked={!followsAll} onChange={() => edit({ programIds: [] })} />
          Only these programs (others leave it at room level)
        </label>
        {!followsAll &&
          programs.map((program) => (
            <label className="check indented" key={program.id}>
              <input
                type="checkbox"
                checked={draft.programIds?.includes(program.id) ?? false}
                onChange={(e) =>
                  edit({
                    programIds: e.target.checked
                      ? [...(draft.programIds ?? []), program.id]
                      : (draft.programIds ?? []).filter((id) => id !== program.id),
                  })
                }
              />
              {program.name}
            </label>
          ))}
      </fieldset>

      {draft.kind === 'dmx' && <DmxFields dmx={draft.dmx} errors={shown} onChange={(dmx) => edit({ dmx })} />}
      {draft.kind === 'hue' && <HueFields hue={draft.hue} errors={shown} onChange={(hue) => edit({ hue })} />}
      {draft.kind === 'homeAssistant' && (
        <HomeAssistantFields
          homeAssistant={draft.homeAssistant}
          token={token}
          hasStoredToken={editing}
          errors={shown}
          onChange={(homeAssistant) => edit({ homeAssistant })}
          onToken={typeToken}
        />
      )}

      <div className="form-actions">
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save output'}
        </button>
      </div>
    </form>
  );
}
