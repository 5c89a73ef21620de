import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../main/services/app-services';
import { defaultClinicConfig, type ClinicConfig } from '@domain/clinic/clinic-config';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import { choosePrompts } from '@domain/sheet/prompt-selection';
import { missingForPrint, missingForPrintMessage } from '@domain/sheet/sheet-readiness';
import { DEFAULT_SHEET_WORDING } from '@domain/sheet/sheet-wording';
import { composeTakeHomeSheet } from '@domain/sheet/take-home-sheet';
import { ManualClock } from '../support/manual-clock';
import { T0 } from '../support/runs';
import { fileStores, tempDir } from '../support/services';

const clinic = (changes: Partial<ClinicConfig> = {}): ClinicConfig => ({ ...defaultClinicConfig(1234), ...changes });

describe('the built-in crisis wording', () => {
  const { en, es } = DEFAULT_SHEET_WORDING.crisisLine;

  it('says in English to call 911 for an emergency or danger now, and to call or text 988 in a crisis', () => {
    expect(en).toMatch(/medical emergency, or if you are in danger now, call 911/);
    expect(en).toMatch(/suicide or of hurting yourself, or if you feel in crisis, call or text 988/);
  });

  it('says in Spanish the same, and how to reach 988 in Spanish: press 2, or text AYUDA', () => {
    expect(es).toMatch(/emergencia médica o estás en peligro ahora, llama al 911/);
    expect(es).toMatch(
      /suicidio o de hacerte daño, o sientes que estás en crisis, llama o manda un mensaje de texto al 988/,
    );
    expect(es).toMatch(/llama al 988 y marca 2, o manda AYUDA por mensaje de texto al 988/);
  });

  it('can still be replaced by a clinic outside the US', () => {
    const own = { en: 'In an emergency call 112.', es: 'En una emergencia, llama al 112.' };
    const sheet = composeTakeHomeSheet({
      clinic: clinic({ sheetWording: { crisisLine: own } }),
      language: 'es',
      sessionNumber: 1,
      intention: '',
      sessionStartedAt: T0,
      sessionId: 'run-1',
    });
    expect(sheet.crisisLine).toBe(own.es);
  });
});

describe('what a sheet cannot be printed without', () => {
  it('is the clinic’s name and phone on a fresh install', () => {
    const fresh = defaultClinicConfig(1);
    expect(missingForPrint(fresh)).toEqual(['clinicName', 'clinicPhone']);
    expect(missingForPrintMessage(missingForPrint(fresh))).toBe(
      'This sheet cannot be printed yet: the clinic’s name and the clinic’s phone number are missing. Enter them in Clinic, Details.',
    );
  });

  it('is the phone alone when only the name was entered, and nothing once both are', () => {
    expect(missingForPrint(clinic({ clinicName: 'Harbor Clinic', clinicPhone: '  ' }))).toEqual(['clinicPhone']);
    expect(missingForPrintMessage(['clinicPhone'])).toBe(
      'This sheet cannot be printed yet: the clinic’s phone number is missing. Enter it in Clinic, Details.',
    );
    expect(missingForPrint(clinic({ clinicName: 'Harbor Clinic', clinicPhone: '555 0100' }))).toEqual([]);
  });

  it('keeps the desktop app’s Save as PDF from saving a sheet without a phone', async () => {
    const saved: string[] = [];
    const app = createAppServices({
      dataDir: tempDir(),
      assetsDir: path.resolve('assets'),
      clock: new ManualClock(T0),
      timeScale: 1,
      storeFactory: fileStores,
      version: '0.0.0',
      savePdf: ({ fileName }) => {
        saved.push(fileName);
        return Promise.resolve(`/tmp/${fileName}`);
      },
    });
    const config = await app.handlers['clinic.get']({});
    await app.handlers['clinic.save']({ ...config, clinicName: 'Harbor Clinic' });
    const save = async () => app.handlers['sheet.savePdf']({ fileName: 'sheet.pdf' });
    await expect(save()).rejects.toThrow('the clinic’s phone number is missing');
    expect(saved).toEqual([]);
    await app.handlers['clinic.save']({ ...config, clinicName: 'Harbor Clinic', clinicPhone: '555 0100' });
    await expect(save()).resolves.toBe('/tmp/sheet.pdf');
    app.close();
  });

  it('prints the after-hours number only when the clinic has one', () => {
    const base = { language: 'en' as const, sessionNumber: 2, intention: '', sessionStartedAt: T0, sessionId: 'r' };
    expect(composeTakeHomeSheet({ ...base, clinic: clinic() }).afterHoursPhone).toBe('');
    const sheet = composeTakeHomeSheet({ ...base, clinic: clinic({ afterHoursPhone: '555 0199' }) });
    expect(sheet.afterHoursPhone).toBe('555 0199');
  });
});

describe('prompts when no session number is given', () => {
  it('are only ones that fit any point in a series, the first session included', () => {
    for (let seed = 0; seed < 200; seed++) {
      const chosen = choosePrompts({ library: BUILTIN_PROMPTS, sessionNumber: null, inductionSessions: 6, seed });
      expect(chosen).toHaveLength(4);
      for (const prompt of chosen) {
        expect(prompt.stages, prompt.id).toContain('anyPoint');
        expect(prompt.text.en, prompt.id).not.toMatch(/last session|this series|these weeks|since you started/i);
      }
    }
  });

  it('come from enough prompts, in every theme, for sheets to vary', () => {
    const anyPoint = BUILTIN_PROMPTS.filter((p) => p.stages.includes('anyPoint'));
    expect(anyPoint.length).toBeGreaterThanOrEqual(14);
    expect(new Set(anyPoint.map((p) => p.theme)).size).toBe(7);
  });
});
