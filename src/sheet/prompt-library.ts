import type { ClinicConfig } from '../clinic/clinic-config';
import { BUILTIN_PROMPTS } from './builtin-prompts';
import type { IntegrationPrompt } from './prompt-types';

/**
 * The prompts this clinic hands out: the built-in ones as the clinic reworded or switched
 * them off, then its own. A built-in prompt the clinic never touched keeps improving with
 * new versions of the app.
 */
export function clinicPromptLibrary(
  config: Pick<ClinicConfig, 'promptOverrides' | 'customPrompts'>,
): IntegrationPrompt[] {
  const builtin = BUILTIN_PROMPTS.map((prompt) => {
    const override = config.promptOverrides[prompt.id];
    return override ? { ...prompt, ...override } : prompt;
  });
  return [...builtin, ...config.customPrompts];
}

/** True for the ids of built-in prompts, which a clinic can reword or switch off but not delete. */
export function isBuiltinPrompt(id: string): boolean {
  return BUILTIN_PROMPTS.some((prompt) => prompt.id === id);
}
