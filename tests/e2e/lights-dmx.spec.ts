import { expect, test } from '@playwright/test';
import { ROOM_LEVEL_PCT, STAFF_LEVEL_PCT } from '@domain/light/light-plan';
import { outputFraction, toEightBit } from '@domain/light/brightness-curve';
import { missingCommands, startOla, type Ola } from '../support/ola';
import { startCapture, type Capture, type CapturedPacket } from '../support/tshark';
import { startSession } from './support';
import { startHost, type RunningHost } from './web-host';

/*
 * A DMX output set up on the Lights screen, received by a real lighting node (OLA's olad) and
 * recorded on the wire by tshark: the whole path from the run log to the fixture.
 */

const missing = missingCommands(['olad', 'tshark']);
const canCapture = process.getuid?.() === 0;
test.skip(
  missing.length > 0 || !canCapture,
  `needs olad and tshark, and root to capture (missing: ${missing.join(', ') || 'root'})`,
);

let host: RunningHost | undefined;
let ola: Ola | undefined;
let capture: Capture | undefined;

test.afterEach(async () => {
  await host?.stop();
  await capture?.stop();
  await ola?.stop();
  host = ola = capture = undefined;
});

// E1.31-2018: the CID is octets 22–37, Options octet 112, the first slot octet 126.
const cidOf = (p: CapturedPacket) => Buffer.from(p.payload.subarray(22, 38)).toString('hex');
const terminated = (p: CapturedPacket) => (p.payload[112]! & 0x40) !== 0;
const firstSlot = (p: CapturedPacket) => p.payload[126]!;
const eightBit = (levelPct: number) => toEightBit(outputFraction(levelPct, 'perceptual'));

test('a DMX output follows the session on a real receiver, takes staff light within a second, and says goodbye on quit', async ({
  page,
}) => {
  ola = await startOla({ e131: [1], artnet: [] });
  capture = await startCapture({ port: 5568 });
  host = await startHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Lights' }).click();
  await page.getByRole('button', { name: 'Add DMX output' }).click();
  const form = page.getByRole('form', { name: 'New DMX (sACN or Art-Net) output' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Ceiling dimmers');
  await form.getByRole('textbox', { name: 'Node address' }).fill('127.0.0.1');
  await form.getByRole('spinbutton', { name: 'Universe' }).fill('0');
  await expect(form.getByText('sACN universes go from 1 to 63999.')).toBeVisible();
  await form.getByRole('spinbutton', { name: 'Universe' }).fill('1');
  await form.getByRole('spinbutton', { name: 'Fixtures' }).fill('2');
  await form.getByRole('button', { name: 'Save output' }).click();
  // sACN cannot hear a receiver: the card says it is sending, and how fast, never "Connected".
  await expect(page.getByRole('status', { name: 'Ceiling dimmers status' })).toHaveText(/^Sending · [\d.]+ frames\/s$/);

  // The idle room: room level on both fixtures, through the perceptual curve.
  const slots = async () => (await ola!.levels(1)).slice(0, 3);
  await expect.poll(slots).toEqual([eightBit(ROOM_LEVEL_PCT), eightBit(ROOM_LEVEL_PCT), 0]);

  await page.getByRole('button', { name: 'Back' }).click();
  await startSession(page);
  await expect.poll(async () => (await slots())[0]!).toBeLessThan(eightBit(ROOM_LEVEL_PCT));
  const pressed = Date.now();
  await page.getByRole('button', { name: 'Staff light' }).click();
  await expect.poll(async () => (await slots())[0]!, { timeout: 6_000 }).toBe(eightBit(STAFF_LEVEL_PCT));
  // tshark hands over what it captured a little after the receiver has it: wait for the same frame.
  const peakSince = (at: number) =>
    Math.max(
      0,
      ...capture!
        .packets()
        .filter((p) => p.at > at)
        .map(firstSlot),
    );
  await expect.poll(() => peakSince(pressed)).toBe(eightBit(STAFF_LEVEL_PCT));
  const packets = capture.packets();
  const rising = packets.find((p, i) => p.at > pressed && i > 0 && firstSlot(p) > firstSlot(packets[i - 1]!));
  expect(rising!.at - pressed).toBeLessThan(1_000);
  // Staff light comes up over seconds, not in one jump, and never past its level.
  const afterPress = packets.filter((p) => p.at > pressed).map(firstSlot);
  expect(new Set(afterPress).size).toBeGreaterThan(10);
  expect(Math.max(...afterPress)).toBe(eightBit(STAFF_LEVEL_PCT));

  // Quitting the app ends the stream the way E1.31 asks: three packets with Stream_Terminated.
  const cid = cidOf(packets[0]!);
  await host.stop();
  await expect.poll(() => capture!.packets().filter(terminated).length).toBe(3);
  const ours = capture.packets().filter((p) => cidOf(p) === cid);
  expect(ours.slice(-3).every(terminated)).toBe(true);
  expect(ours.filter(terminated)).toHaveLength(3);
});

test('a restart in the middle of a session picks the light up where it was, never at full', async ({ page }) => {
  ola = await startOla({ e131: [1], artnet: [] });
  capture = await startCapture({ port: 5568 });
  host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Lights' }).click();
  await page.getByRole('button', { name: 'Add DMX output' }).click();
  const form = page.getByRole('form', { name: 'New DMX (sACN or Art-Net) output' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Ceiling');
  await form.getByRole('textbox', { name: 'Node address' }).fill('127.0.0.1');
  await form.getByRole('button', { name: 'Save output' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await startSession(page);
  await page.getByRole('button', { name: 'Next phase' }).click();
  // The deep phase dims to 10 %.
  await expect.poll(async () => (await ola!.levels(1))[0], { timeout: 20_000 }).toBe(eightBit(10));

  const { dataDir } = host;
  host.process.kill('SIGKILL');
  await host.stop();
  const beforeRestart = Date.now();
  host = await startHost({ timeScale: 60, dataDir });
  await expect.poll(() => capture!.packets().filter((p) => p.at > beforeRestart).length).toBeGreaterThan(5);
  const afterRestart = capture
    .packets()
    .filter((p) => p.at > beforeRestart)
    .map(firstSlot);
  expect(afterRestart[0]).toBe(eightBit(10));
  expect(Math.max(...afterRestart)).toBe(eightBit(10));
});
