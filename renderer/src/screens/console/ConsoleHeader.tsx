import { hasPreDosePhase, type Program } from '@domain/session/program';
import type { SessionState } from '@domain/session/state-at';
import { useLiveSession } from '../../session/session-ticker';
import { Timer } from '../../ui/Timer';

/** The states a nurse must see from across the room, each in words and a shape of its own. */
function stateBadges(s: SessionState | null): string {
  if (!s || s.status === 'closed') return '';
  const badges = [
    s.paused && 'paused',
    s.sound.quiet && 'quiet',
    s.light.staffLight && 'staff',
    s.treatmentOvertimeSec > 0 && 'overtime',
  ];
  return badges.filter(Boolean).join(' ');
}

const BADGE_WORDS: Record<string, string> = {
  paused: 'Paused',
  quiet: 'Quiet',
  staff: 'Staff light on',
  overtime: 'Over the planned time',
};

/** Where the session stands in words; re-renders only when its text changes. */
function phaseDetail(s: SessionState | null, treatmentPhases: number, firstTreatment: number): string {
  if (!s) return '';
  switch (s.status) {
    case 'treatment':
      if (s.awaitingDose) return 'Before the dose · press Dose given when it is given';
      if (s.treatmentOvertimeSec > 0) return 'Press End treatment when it ends';
      return `Phase ${s.phaseIndex - firstTreatment + 1} of ${treatmentPhases}`;
    case 'recovery':
      return 'Rest and observation';
    case 'dischargeReady':
      return 'Minimum time reached. Discharge when the checklist is done and the patient is ready.';
    case 'closed':
      return 'Session closed';
  }
}

/** The phase's own clock: time left, or time over the plan, or what ends it. */
function PhaseClock() {
  const clock = useLiveSession((s) => {
    if (!s || s.status !== 'treatment') return null;
    if (s.awaitingDose) return 'dose';
    if (s.treatmentOvertimeSec > 0) return `over:${Math.floor(s.treatmentOvertimeSec)}`;
    return `left:${Math.ceil(s.phaseRemainingSec)}`;
  });
  if (clock === null) return null;
  if (clock === 'dose') return <p className="phase-clock-note">Until Dose given</p>;
  const [kind, seconds] = clock.split(':');
  return kind === 'over' ? (
    <div className="phase-clock overtime">
      <Timer label="Over the planned time" seconds={Number(seconds)} size="medium" prefix="+" />
    </div>
  ) : (
    <div className="phase-clock">
      <Timer label="Time left in this phase" seconds={Number(seconds)} size="medium" />
    </div>
  );
}

/**
 * The top of the console: the program that runs, the phase and its own clock, and the states
 * a nurse must see from the chair (paused, quiet, staff light, overtime), large and in words.
 */
export function ConsoleHeader({ program, journey }: { program: Program; journey: string | null }) {
  const phaseName = useLiveSession((s) => s?.phase.name ?? '');
  const treatmentPhases = program.phases.filter((p) => p.kind === 'treatment').length;
  const firstTreatment = hasPreDosePhase(program) ? 1 : 0;
  const detail = useLiveSession((s) => phaseDetail(s, treatmentPhases, firstTreatment));
  const badges = useLiveSession(stateBadges);
  return (
    <header className="console-head">
      <p className="program-name">
        {program.name}
        {program.training && <span className="training-mark">Training</span>}
        {journey && <span className="journey-name"> · Journey: {journey}</span>}
      </p>
      <ul className="state-badges" aria-label="Session state">
        {badges
          .split(' ')
          .filter(Boolean)
          .map((badge) => (
            <li key={badge} className={`state-badge state-${badge}`}>
              {BADGE_WORDS[badge]}
            </li>
          ))}
      </ul>
      <div className="phase-title">
        <h1 className="phase-name" tabIndex={-1} id="console-phase">
          {phaseName}
        </h1>
        <p className="phase-detail">{detail}</p>
      </div>
      <PhaseClock />
    </header>
  );
}
