import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClinicService } from '../../main/services/clinic-service';
import {
  CLINIC_CONFIG_VERSION,
  ClinicConfig,
  DEFAULT_DISCHARGE_CHECKLIST,
  DEFAULT_EARLY_CLOSE_REASONS,
  defaultClinicConfig,
  VERSION_2_DISCHARGE_CHECKLIST,
} from '@domain/clinic/clinic-config';
import { migrateClinicConfig, NewerConfigError } from '@domain/clinic/migrations';
import { fileStores, tempDir } from '../support/services';

/** A configuration as Stillroom 0.1 wrote it. */
const VERSION_1 = {
  version: 1,
  clinicName: 'Harbor Clinic',
  roomName: 'Room 3',
  dischargeChecklist: [{ id: 'ride', label: 'Ride home confirmed' }],
};

function withFile(content: string) {
  const dataDir = tempDir();
  fs.writeFileSync(path.join(dataDir, 'clinic-config.json'), content);
  return dataDir;
}

describe('clinic configuration versions', () => {
  it('migrates every earlier version to the current one, keeping what the clinic set', () => {
    const migrated = migrateClinicConfig(VERSION_1, 77);
    expect(ClinicConfig.parse(migrated)).toEqual(migrated);
    expect(migrated).toMatchObject({ version: CLINIC_CONFIG_VERSION, clinicName: 'Harbor Clinic', roomName: 'Room 3' });
    expect(migrated.dischargeChecklist).toEqual(VERSION_1.dischargeChecklist);
    expect(migrated.promptSeed).toBe(77);
    // The current version passes through unchanged.
    const current = defaultClinicConfig(5);
    expect(migrateClinicConfig(current, 9)).toEqual(current);
  });

  it('version 2 gains close reasons and no default program; an untouched checklist becomes the fuller one', () => {
    const { earlyCloseReasons: _r, defaultProgramId: _d, hiddenProgramIds: _h, ...rest } = defaultClinicConfig(3);
    const untouched = { ...rest, version: 2, dischargeChecklist: VERSION_2_DISCHARGE_CHECKLIST };
    const migrated = migrateClinicConfig(untouched, 3);
    expect(migrated.dischargeChecklist).toEqual(DEFAULT_DISCHARGE_CHECKLIST);
    expect(migrated.earlyCloseReasons).toEqual(DEFAULT_EARLY_CLOSE_REASONS);
    expect(migrated).toMatchObject({ defaultProgramId: null, hiddenProgramIds: [] });
    const own = [{ id: 'ride', label: 'Ride home with a relative' }];
    expect(migrateClinicConfig({ ...untouched, dischargeChecklist: own }, 3).dischargeChecklist).toEqual(own);
  });

  it('version 3 gains an empty after-hours number, and the placeholder name “Your clinic” becomes no name', () => {
    const { afterHoursPhone: _a, ...rest } = defaultClinicConfig(3);
    const placeholder = { ...rest, version: 3, clinicName: 'Your clinic' };
    expect(migrateClinicConfig(placeholder, 3)).toMatchObject({ version: 4, clinicName: '', afterHoursPhone: '' });
    const named = { ...placeholder, clinicName: 'Harbor Clinic', clinicPhone: '555 0100' };
    expect(migrateClinicConfig(named, 3)).toMatchObject({ clinicName: 'Harbor Clinic', clinicPhone: '555 0100' });
  });

  it('refuses a configuration from a newer Stillroom with a clear message', () => {
    expect(() => migrateClinicConfig({ ...defaultClinicConfig(1), version: CLINIC_CONFIG_VERSION + 1 }, 1)).toThrow(
      NewerConfigError,
    );
    expect(() => migrateClinicConfig({ ...defaultClinicConfig(1), version: CLINIC_CONFIG_VERSION + 1 }, 1)).toThrow(
      /newer Stillroom .* Update Stillroom first/,
    );
  });

  it('rewrites an older file on disk in the current version', () => {
    const dataDir = withFile(JSON.stringify(VERSION_1));
    const service = new ClinicService(dataDir, fileStores);
    expect(service.notice).toBeNull();
    const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'clinic-config.json'), 'utf8'));
    expect(onDisk.version).toBe(CLINIC_CONFIG_VERSION);
    expect(onDisk.roomName).toBe('Room 3');
    // The seed chosen during migration is kept from then on.
    expect(new ClinicService(dataDir, fileStores).get().promptSeed).toBe(onDisk.promptSeed);
  });

  it('moves an unreadable or newer file aside, says where, and loads defaults', () => {
    for (const content of ['{"version": 2, "clinicName": ', JSON.stringify({ ...VERSION_1, version: 99 })]) {
      const dataDir = withFile(content);
      const service = new ClinicService(dataDir, fileStores);
      expect(service.notice).toMatch(/clinic-config\.json could not be read .* moved to .*clinic-config\.unreadable-/);
      expect(service.get().clinicName).toBe('');
      const aside = fs.readdirSync(dataDir).find((f) => f.startsWith('clinic-config.unreadable-'))!;
      expect(fs.readFileSync(path.join(dataDir, aside), 'utf8')).toBe(content);
    }
  });

  it('refuses invalid settings and leaves the file byte for byte as it was', () => {
    const dataDir = tempDir();
    const service = new ClinicService(dataDir, fileStores);
    const file = path.join(dataDir, 'clinic-config.json');
    const before = fs.readFileSync(file);
    expect(() => service.save({ ...service.get(), clinicPhone: 'call us!' })).toThrow(/clinicPhone Use digits/);
    expect(() => service.save({ ...service.get(), inductionSessions: 0 })).toThrow(/inductionSessions/);
    expect(() => service.save({ ...service.get(), version: 1 })).toThrow(/not saved/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
