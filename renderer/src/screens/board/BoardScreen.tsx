import { memo, useEffect, useState } from 'react';
import { boardCard, type BoardCard } from '@domain/board/board-card';
import { sortByAttention } from '@domain/board/board-rooms';
import { useAppActions } from '../../app/app-store';
import { useBoardStore } from '../../stores/board-store';
import { timeOfDay } from '../../ui/time-of-day';
import './board.css';

/** The board's clock, moved on every second so each card's clocks and "how long" read live. */
function useBoardNow(offset: number): number {
  const [pageNow, setPageNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setPageNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return pageNow + offset;
}

/** Every room of the clinic at a glance, what needs attention first. Read-only: it sends rooms nothing. */
export function BoardScreen() {
  const { show } = useAppActions();
  const { load } = useBoardStore((s) => s.actions);
  const board = useBoardStore((s) => s.board);
  const rooms = useBoardStore((s) => s.rooms);
  const offset = useBoardStore((s) => s.clockOffset);
  const now = useBoardNow(offset);
  useEffect(() => void load(), [load]);

  const cards = sortByAttention(Object.values(rooms), now).map((room) => boardCard(room, now));
  return (
    <main className="board">
      <div className="board-top">
        <button type="button" className="secondary" onClick={() => show('room')}>
          Back
        </button>
        <h1>Clinic board</h1>
        {board?.enabled && (
          <p className="muted">
            {board.clinicId} ·{' '}
            {board.connection.state === 'connected' ? 'connected' : (board.connection.reason ?? 'connecting…')}
          </p>
        )}
      </div>
      {board && !board.enabled && (
        <p className="board-empty">
          This computer is not on the clinic network. Set it up under <strong>Clinic</strong>,{' '}
          <strong>Clinic network</strong>.
        </p>
      )}
      {board?.enabled && cards.length === 0 && <p className="board-empty">No room has reported yet.</p>}
      <ol className="board-rooms" aria-label="Rooms, what needs attention first">
        {cards.map((card) => (
          <RoomCard key={card.roomId} card={card} />
        ))}
      </ol>
    </main>
  );
}

/** Redrawn only when what it says changes: most of fifty cards stay as they are each time one room speaks. */
const RoomCard = memo(RoomCardView, (before, after) => JSON.stringify(before.card) === JSON.stringify(after.card));

function RoomCardView({ card }: { card: BoardCard }) {
  const due = card.dueChecks.length > 0;
  const classes = [
    'board-card',
    due && 'board-due',
    card.notReporting && 'board-silent',
    card.alerts.length > 0 && 'board-alert',
  ];
  return (
    <li className={classes.filter(Boolean).join(' ')} aria-label={card.roomName} data-room-id={card.roomId}>
      <div className="board-card-head">
        <h2>{card.roomName}</h2>
        <p className="board-phase">{card.headline}</p>
      </div>
      {card.notReporting && (
        <p className="board-banner board-silent-banner">
          <span aria-hidden="true">⊘ </span>
          {card.notReporting}
        </p>
      )}
      {card.dueChecks.map((check) => (
        <p key={check.text} className="board-banner board-due-banner">
          <span aria-hidden="true">▲ </span>
          <strong>Check due:</strong> {check.text} <span className="board-when">({check.when})</span>
        </p>
      ))}
      {card.alerts.map((alert) => (
        <p key={alert} className="board-banner board-alert-banner">
          <span aria-hidden="true">■ </span>
          {alert}
        </p>
      ))}
      <dl className="board-facts">
        {card.sinceDose && (
          <div>
            <dt>Since dose</dt>
            <dd className="board-clock">{card.sinceDose}</dd>
          </div>
        )}
        {card.nextCheck && (
          <div>
            <dt>Next check</dt>
            <dd>
              {card.nextCheck.text} at {timeOfDay(card.nextCheck.at)}, {card.nextCheck.when}
            </dd>
          </div>
        )}
        {card.discharge && (
          <div>
            <dt>Earliest discharge</dt>
            <dd>
              {timeOfDay(card.discharge.at)}, {card.discharge.when}
            </dd>
          </div>
        )}
      </dl>
      {card.flags.length > 0 && (
        <ul className="board-flags" aria-label="Room">
          {card.flags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
