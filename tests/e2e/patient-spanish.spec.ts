import fs from 'node:fs';
import { pdfHorizontalRules, pdfPageCount, pdfWords, wordsCrossed } from '../support/pdf-layout';
import { clinicWithJourney, openPatientScreen } from '../support/patient-steps';
import { endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';

test('a patient goes through the patient screen in Spanish, and their sheet prints in Spanish with their intention', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await clinicWithJourney(startHost);
  await page.goto(host.url);
  await openPatientScreen(page);
  const screen = page.getByRole('main', { name: 'Patient screen' });
  const spanish = page.getByRole('radio', { name: 'Español' });

  // Step 1: the switch is there from the start, and the journeys are written in Spanish.
  await expect(page.getByRole('heading', { name: 'Choose your music' })).toBeVisible();
  await spanish.check();
  await expect(screen).toHaveAttribute('lang', 'es-US');
  await expect(page.getByRole('heading', { name: 'Elige tu música' })).toBeVisible();
  const journeys = page.getByRole('radiogroup', { name: 'Música para tu sesión' });
  await expect(journeys.getByRole('radio', { name: /Mar, sin música/ })).toBeVisible();
  await page.getByRole('button', { name: 'Escuchar Piano y lluvia' }).click();
  const piano = journeys.getByRole('radio', { name: /Piano y lluvia/ });
  await expect(piano).toBeChecked();
  await expect(piano).toContainText('Piano suave, y luego lluvia mientras descansas.');
  await expect(piano).toContainText('Elegida');
  await page.screenshot({ path: testInfo.outputPath('1-elige-tu-musica.png') });
  await page.getByRole('button', { name: 'Parar Piano y lluvia' }).click();
  await page.getByRole('button', { name: 'Siguiente' }).click();

  // Step 2: still in Spanish, with the switch on this step too.
  await expect(page.getByRole('heading', { name: '¿Algo que prefieras no escuchar?' })).toBeVisible();
  await expect(spanish).toBeChecked();
  await page.getByRole('checkbox', { name: 'Sin canciones con letra' }).check();
  await expect(page.getByRole('group', { name: /marca las que prefieras no escuchar/ })).toBeVisible();
  await page.getByRole('button', { name: 'Siguiente' }).click();

  // Step 3: the volume, named at both ends.
  await expect(page.getByRole('heading', { name: 'Tu volumen' })).toBeVisible();
  await expect(spanish).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Volumen cómodo' })).toHaveValue('50');
  await expect(page.getByText('Más bajo', { exact: true })).toBeVisible();
  await expect(page.getByText('Más alto', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Siguiente' }).click();

  // Step 4: the intention.
  await expect(page.getByRole('heading', { name: 'Una intención, si quieres' })).toBeVisible();
  await expect(spanish).toBeChecked();
  const intention = 'Descansar y escuchar lo que venga, sin juzgarlo';
  const field = page.getByRole('textbox', { name: 'Tu intención (opcional)' });
  await expect(field).toHaveAccessibleDescription(
    'Unas palabras sobre lo que esperas de hoy. Puedes dejarlo en blanco. Se imprime en la hoja que te llevas hoy a casa. Esta clínica no guarda una copia.',
  );
  await field.fill(intention);
  await page.getByRole('button', { name: 'Listo' }).click();
  await expect(page.getByRole('heading', { name: 'Gracias' })).toBeVisible();
  await expect(screen).toContainText('Tu elección está lista: Piano y lluvia.');
  await expect(spanish).toBeChecked();

  // Staff take over; the session and its sheet follow the patient's language.
  await page.getByRole('button', { name: 'Staff' }).click();
  const unlock = page.getByRole('dialog', { name: 'Staff unlock' });
  await unlock.getByLabel('Clinic PIN').fill('4821');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await startSession(page);
  await endTreatment(page);
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  const sheet = page.getByRole('article', { name: 'Take-home sheet' });
  await expect(sheet).toHaveAttribute('lang', 'es-US');
  await expect(sheet).toContainText('Después de tu sesión');
  await expect(sheet).toContainText(intention);
  await page.screenshot({ path: testInfo.outputPath('2-hoja.png'), fullPage: true });

  const file = testInfo.outputPath('hoja.pdf');
  await page.emulateMedia({ media: 'print' });
  fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  const words = pdfWords(file);
  const text = words.map((w) => w.text).join(' ');
  expect(pdfPageCount(file)).toBe(1);
  for (const expected of [
    'Después de tu sesión',
    'Tu intención para hoy',
    intention,
    'Esta noche',
    'Para los próximos días',
    'llama al 988 y marca 2, o manda AYUDA por mensaje de texto al 988.',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toMatch(/After your session|Tonight/);
  expect(wordsCrossed(pdfHorizontalRules(file), words)).toEqual([]);
});
