import type { Journey } from '../../src/music/journey';
import type { PatientChoice } from '../../src/patient/patient-choice';
import { UserError } from './user-error';

/**
 * The patient's choice, held until the next session starts and then handed to it. It lives
 * in memory only: nothing the patient typed is written anywhere before the session needs it.
 */
export class PatientService {
  private choice: PatientChoice | null = null;

  constructor(private readonly journeys: () => Journey[]) {}

  choose(choice: PatientChoice): PatientChoice {
    if (!this.journeys().some((j) => j.id === choice.journeyId)) {
      throw new UserError('That journey is no longer offered. Please choose another.');
    }
    this.choice = choice;
    return choice;
  }

  pending(): PatientChoice | null {
    return this.choice;
  }

  /** The choice with its journey, for the session that starts now; it is used once. */
  take(): { choice: PatientChoice; journey: Journey } | null {
    const choice = this.choice;
    this.choice = null;
    const journey = choice && this.journeys().find((j) => j.id === choice.journeyId);
    return choice && journey ? { choice, journey } : null;
  }

  clear(): void {
    this.choice = null;
  }
}
