import type { Journey, JourneySound } from '../music/journey';
import { describeLength } from '../session/format';
import { phaseRole, type PhaseSound, type Program } from '../session/program';

/** Where a playlist plays without a break: consecutive phases that name it, in one program. */
export interface PlaylistUse {
  /** The program, or the program with the journey that gives it this playlist. */
  source: string;
  /** The phase's name, or the first and last of consecutive phases ("Opening to Closing"). */
  phases: string;
  durationSec: number;
}

/** How one pass of the playlist compares with a use: looped, played about once, or cut short. */
export type PlaylistFit = PlaylistUse &
  ({ kind: 'loops'; times: number } | { kind: 'once' } | { kind: 'longer' }) & {
    /** One line for staff, e.g. "IV infusion, 40 min · Deep: 30 min — the playlist (13 min) loops about 2.4 times". */
    text: string;
  };

interface NamedPhase {
  name: string;
  durationSec: number;
  /** A program phase's own sound, or the one a journey gives its part. */
  sound: PhaseSound | JourneySound;
}

const phaseList = (names: string[]) =>
  names.length === 1 ? names[0]! : names.length === 2 ? names.join(' and ') : `${names[0]} to ${names.at(-1)}`;

/**
 * Runs of consecutive phases that play the playlist. The sound plan plays such a run as one
 * sound, so the playlist carries on across their boundaries rather than starting again.
 */
function runsOf(phases: NamedPhase[], playlistId: string, source: string): PlaylistUse[] {
  const uses: PlaylistUse[] = [];
  let run: NamedPhase[] = [];
  const close = () => {
    if (run.length === 0) return;
    const durationSec = run.reduce((sum, phase) => sum + phase.durationSec, 0);
    uses.push({ source, phases: phaseList(run.map((phase) => phase.name)), durationSec });
    run = [];
  };
  for (const phase of phases) {
    if ('playlistId' in phase.sound && phase.sound.playlistId === playlistId) run.push(phase);
    else close();
  }
  close();
  return uses;
}

/** Every place the playlist plays: program phases that name it, then journeys that give it to a part. */
export function playlistUses(
  playlistId: string,
  programs: readonly Program[],
  journeys: readonly Journey[],
): PlaylistUse[] {
  const direct = programs.flatMap((program) => runsOf(program.phases, playlistId, program.name));
  // A journey gives each phase the sound of its part, as a session started with it would.
  const viaJourneys = journeys.flatMap((journey) =>
    programs.flatMap((program) =>
      runsOf(
        program.phases.map((phase, index) => ({ ...phase, sound: journey.sounds[phaseRole(program, index)] })),
        playlistId,
        `${program.name} with the “${journey.name}” journey`,
      ),
    ),
  );
  return [...direct, ...viaJourneys];
}

/** One pass of the playlist (`passSec`) against one use, and the line that says so. */
export function fitAgainst(use: PlaylistUse, passSec: number): PlaylistFit {
  const where = `${use.source} · ${use.phases}: ${describeLength(use.durationSec)}`;
  const pass = describeLength(passSec);
  if (passSec > use.durationSec) {
    return {
      ...use,
      kind: 'longer',
      text: `${where} — the playlist (${pass}) is longer; it fades out at the phase end`,
    };
  }
  const times = Math.round((use.durationSec / passSec) * 10) / 10;
  if (times <= 1) {
    return { ...use, kind: 'once', text: `${where} — the playlist (${pass}) plays once, about the phase’s length` };
  }
  return { ...use, kind: 'loops', times, text: `${where} — the playlist (${pass}) loops about ${times} times` };
}

/** The playlist's length against every phase and journey part that plays it; none while it has no length. */
export function playlistAgainstPhases(
  playlistId: string,
  passSec: number,
  programs: readonly Program[],
  journeys: readonly Journey[],
): PlaylistFit[] {
  if (passSec <= 0) return [];
  return playlistUses(playlistId, programs, journeys).map((use) => fitAgainst(use, passSec));
}
