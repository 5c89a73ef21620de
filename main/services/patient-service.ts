import type { Clock } from '@domain/clock';
import type { Journey } from '@domain/music/journey';
import { CHOICE_LASTS_MS, type PatientChoice, type PendingChoice } from '@domain/patient/patient-choice';
import { UserError } from './user-error';

/**
 * The patient's choice, held until the next session starts within two hours and then handed to
 * it. It lives in memory only: nothing the patient typed is written anywhere before the session
 * needs it, and a choice never outlives the session it was used for.
 */
export class PatientService {
  private waiting: PendingChoice | null = null;

  constructor(
    private readonly journeys: () => Journey[],
    private readonly clock: Clock,
  ) {}

  choose(choice: PatientChoice): PendingChoice {
    const journey = this.journeys().find((j) => j.id === choice.journeyId);
    if (!journey) throw new UserError('That journey is no longer offered. Please choose another.');
    const chosenAt = this.clock.now();
    this.waiting = { choice, journeyName: journey.name, chosenAt, expiresAt: chosenAt + CHOICE_LASTS_MS };
    return this.waiting;
  }

  /** The choice waiting for the next session; one older than two hours is discarded. */
  pending(): PendingChoice | null {
    if (this.waiting && this.clock.now() >= this.waiting.expiresAt) this.waiting = null;
    return this.waiting;
  }

  /** The choice with its journey, for the session that starts now; it is used once. */
  take(): { choice: PatientChoice; journey: Journey } | null {
    const waiting = this.pending();
    this.waiting = null;
    const journey = waiting && this.journeys().find((j) => j.id === waiting.choice.journeyId);
    return waiting && journey ? { choice: waiting.choice, journey } : null;
  }

  clear(): void {
    this.waiting = null;
  }
}
