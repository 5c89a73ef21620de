import { useId, useRef, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Playlist } from '@domain/audio/playlist';
import { canMovePhase } from '@domain/session/program-edits';
import { PHASE_ROLES, type Phase, type PhaseRole, type Program } from '@domain/session/program';
import { fieldError } from '../../stores/collection-editor-model';
import { JOURNEY_PARTS } from '../../stores/journey-fields';
import { phaseList, phaseRoleEdit, phaseSound, phaseTyped, type PhaseTypedField } from '../../stores/program-fields';
import { roleFromPlace } from './program-summary';
import { useProgramsActions, useProgramsEditor } from '../../stores/programs-editor';
import { fractionToPercent, secToMinutes } from '../../stores/units';
import { FormField } from '../../ui/FormField';
import { NumberField } from './NumberField';
import { SoundSelect } from './SoundSelect';

const MOVE_KEYS: Record<string, -1 | 1> = { ArrowUp: -1, ArrowDown: 1 };

const KIND_NOTES: Record<Phase['kind'], string> = {
  preDose: 'Before the dose: lasts until Dose given',
  treatment: 'Treatment',
  recovery: 'Recovery: always last',
};

/**
 * One phase of a program: its name, length, light, sound and part of the journey. Treatment
 * phases move up and down (buttons, or Alt+Arrow keys inside the card) and can be removed;
 * recovery stays last.
 */
export function PhaseCard({
  program,
  phase,
  index,
  playlists,
  removable,
}: {
  program: Program;
  phase: Phase;
  index: number;
  playlists: readonly Playlist[];
  removable: boolean;
}) {
  const { edit, endTyping } = useProgramsActions();
  const drafts = useProgramsEditor((s) => s.drafts);
  const card = useRef<HTMLLIElement>(null);
  const titleId = useId();
  const recovery = phase.kind === 'recovery';
  const preDose = phase.kind === 'preDose';
  const name = phase.name.trim() || 'Unnamed phase';
  const draft = (field: string) => drafts[`phase.${phase.id}.${field}`];
  const typed = (field: PhaseTypedField) => (text: string) => edit(phaseTyped(program, phase.id, field, text));

  const move = (by: -1 | 1) => {
    if (!canMovePhase(program, phase.id, by)) return;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    flushSync(() => edit(phaseList(program, { move: phase.id, by })));
    // Moving the card in the page can take focus away; keep it where it was, or on a button still usable.
    if (active?.isConnected && !active.matches(':disabled')) active.focus();
    else card.current?.querySelector<HTMLElement>('.phase-actions button:not(:disabled)')?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const by = MOVE_KEYS[event.key];
    if (!event.altKey || by === undefined || phase.kind !== 'treatment') return;
    event.preventDefault();
    move(by);
  };

  return (
    <li ref={card} className={`phase-card ${phase.kind}`} onKeyDown={onKeyDown}>
      <div className="card" role="group" aria-labelledby={titleId}>
        <div className="phase-head">
          <h4 id={titleId}>
            {index + 1}. {name}
          </h4>
          <span className="muted">{KIND_NOTES[phase.kind]}</span>
          {!recovery && (
            <div className="phase-actions">
              {!preDose && (
                <>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Move ${name} up`}
                    aria-keyshortcuts="Alt+ArrowUp"
                    disabled={!canMovePhase(program, phase.id, -1)}
                    onClick={() => move(-1)}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Move ${name} down`}
                    aria-keyshortcuts="Alt+ArrowDown"
                    disabled={!canMovePhase(program, phase.id, 1)}
                    onClick={() => move(1)}
                  >
                    Move down
                  </button>
                </>
              )}
              <button
                type="button"
                className="warn"
                aria-label={`Remove ${name}`}
                disabled={!removable}
                onClick={() => edit(phaseList(program, { remove: phase.id }))}
              >
                Remove
              </button>
            </div>
          )}
        </div>
        <div className="phase-fields">
          <FormField label="Name" error={fieldError(draft('name'))}>
            <input
              type="text"
              value={draft('name') ? String(draft('name')!.value) : phase.name}
              onChange={(e) => typed('name')(e.target.value)}
              onBlur={endTyping}
            />
          </FormField>
          <NumberField
            label={preDose ? 'Usual length (minutes)' : 'Length (minutes)'}
            value={secToMinutes(phase.durationSec)}
            draft={draft('durationMin')}
            min={0}
            onChange={typed('durationMin')}
            onBlur={endTyping}
          />
          <NumberField
            label="Light level (%)"
            value={phase.light.levelPct}
            draft={draft('levelPct')}
            min={0}
            max={100}
            onChange={typed('levelPct')}
            onBlur={endTyping}
          />
          <NumberField
            label="Light fade (seconds)"
            value={phase.light.fadeSec}
            draft={draft('fadeSec')}
            min={0}
            onChange={typed('fadeSec')}
            onBlur={endTyping}
          />
          <SoundSelect
            label="Sound"
            sound={phase.sound}
            playlists={playlists}
            onChange={(sound) => edit(phaseSound(program, phase.id, sound))}
          />
          <NumberField
            label="Volume (%)"
            value={fractionToPercent(phase.sound.volume)}
            draft={draft('volumePct')}
            min={0}
            max={100}
            step={1}
            onChange={typed('volumePct')}
            onBlur={endTyping}
          />
          <FormField label="Part of the journey">
            <select
              value={phase.role ?? ''}
              onChange={(e) =>
                edit(phaseRoleEdit(program, phase.id, e.target.value === '' ? null : (e.target.value as PhaseRole)))
              }
            >
              <option value="">Worked out from its place ({JOURNEY_PARTS[roleFromPlace(program, index)]})</option>
              {PHASE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {JOURNEY_PARTS[role]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      </div>
    </li>
  );
}
