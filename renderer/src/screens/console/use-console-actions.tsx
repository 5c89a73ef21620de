import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Control } from '@domain/session/controls';
import { useLocalQuiet, withLocalQuiet } from '../../audio/local-quiet';
import { useConnectionStore } from '../../ipc/connection-store';
import { useSessionActions, useSessionStore } from '../../session/session-store';
import { useBooted } from '../../booted';
import { useLiveSession } from '../../session/session-ticker';
import { sameBy } from '../../ui/use-external-value';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CloseSessionDialog } from './CloseSessionDialog';
import { consoleControls, type ConsoleControl, type ConsoleQuestion } from './controls';
import { DoseTimeDialog } from './DoseTimeDialog';

type Question = ConsoleQuestion | 'close';

const NONE: string[] = [];
const sameLabels = sameBy((labels: string[]) => labels.join('\n'));

/**
 * The console's actions wherever staff are during a session (the console, the take-home sheet):
 * a press asks its question first (End treatment, Change dose time, Close session) or sends its
 * control, and the console's keys do the same. Keys stay quiet while typing or in a dialog.
 */
export function useConsoleActions(): {
  act: (c: ConsoleControl) => void;
  ask: (q: Question) => void;
  questions: ReactNode;
} {
  const run = useSessionStore((s) => s.snapshot?.run);
  const { control } = useSessionActions();
  const { sessionTicker } = useBooted();
  const [question, setQuestion] = useState<Question | null>(null);
  // What the questions show, each read on its own so the console redraws only when one changes.
  const live = useLiveSession((s) => s !== null);
  const awaitingDose = useLiveSession((s) => s?.awaitingDose ?? false);
  const doseAt = useLiveSession((s) => s?.dose?.at ?? null);
  const unticked = useLiveSession(
    (s) => s?.checklist.filter((item) => !item.done).map((item) => item.label) ?? NONE,
    sameLabels,
  );
  const earliestDischargeAt = useLiveSession((s) =>
    !s || s.status === 'dischargeReady' ? null : s.earliestDischargeAt,
  );

  const act = useCallback(
    (c: ConsoleControl) => {
      if ('asks' in c.action) return setQuestion(c.action.asks);
      const { type } = c.action.control;
      // Out of reach of the services, only the sound in this page can answer: Quiet fades it here.
      if (!useConnectionStore.getState().connected) {
        if (type === 'quiet' || type === 'soundBack') useLocalQuiet.getState().actions.set(type === 'quiet');
        return;
      }
      void control(c.action.control);
    },
    [control, setQuestion],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || !event.key) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, dialog')) return;
      const live = sessionTicker.getState();
      if (!live || !run) return;
      const match = consoleControls(withLocalQuiet(live), run).find(
        (c) => c.key === event.key.toLowerCase() && c.available,
      );
      if (!match) return;
      event.preventDefault();
      act(match);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, act, sessionTicker]);

  const send = (c: Control) => {
    setQuestion(null);
    void control(c);
  };
  const cancel = () => setQuestion(null);
  let questions: ReactNode = null;
  if (run && live && question === 'endTreatment') {
    questions = (
      <ConfirmDialog
        title="End treatment?"
        cancelLabel="Cancel"
        confirmLabel="End treatment now"
        onCancel={cancel}
        onConfirm={() => send({ type: 'endTreatment' })}
      >
        <p>
          {awaitingDose
            ? 'No dose has been marked. Recovery begins now, without a dose.'
            : 'Recovery begins now and counts down to the earliest discharge. This cannot be undone.'}
        </p>
      </ConfirmDialog>
    );
  } else if (run && doseAt !== null && question === 'doseTime') {
    questions = (
      <DoseTimeDialog
        doseAt={doseAt}
        startedAt={run.events[0]!.at}
        onCancel={cancel}
        onSave={(doseAt) => send({ type: 'correctDose', doseAt })}
      />
    );
  } else if (run && live && question === 'close') {
    questions = (
      <CloseSessionDialog
        unchecked={unticked}
        earliestDischargeAt={earliestDischargeAt}
        reasons={run.earlyCloseReasons}
        onCancel={cancel}
        onClose={(answer) => send({ type: 'close', ...answer })}
      />
    );
  }
  return { act, ask: setQuestion, questions };
}
