import { useState } from 'react';
import type { z } from 'zod';
import type { HomeAssistantSettings } from '@domain/light/home-assistant-settings';
import { FormField } from '../../ui/FormField';

export type HomeAssistantDraft = Omit<z.input<typeof HomeAssistantSettings>, 'tokenRef'>;

export const NEW_HOME_ASSISTANT: HomeAssistantDraft = { baseUrl: '', entityIds: [] };

/** Home Assistant's address, a long-lived access token, and the room's lights by entity id. */
export function HomeAssistantFields({
  homeAssistant,
  token,
  hasStoredToken,
  errors,
  onChange,
  onToken,
}: {
  homeAssistant: HomeAssistantDraft;
  token: string;
  hasStoredToken: boolean;
  errors: Map<string, string>;
  onChange: (homeAssistant: HomeAssistantDraft) => void;
  onToken: (token: string) => void;
}) {
  // The text as typed; the list is what it names, so a half-typed line is never an error.
  const [lights, setLights] = useState(homeAssistant.entityIds.join('\n'));
  return (
    <fieldset className="form-group">
      <legend>Home Assistant</legend>
      <FormField
        label="Address"
        error={errors.get('homeAssistant.baseUrl')}
        hint="Like http://homeassistant.local:8123"
      >
        <input
          value={homeAssistant.baseUrl}
          onChange={(e) => onChange({ ...homeAssistant, baseUrl: e.target.value })}
        />
      </FormField>
      <FormField
        label="Long-lived access token"
        error={errors.get('token')}
        hint={
          hasStoredToken
            ? 'A token is stored; paste a new one only to replace it.'
            : 'Create one in Home Assistant under your profile, Security.'
        }
      >
        <input type="password" autoComplete="off" value={token} onChange={(e) => onToken(e.target.value)} />
      </FormField>
      <FormField
        label="Lights"
        error={
          errors.get('homeAssistant.entityIds') ??
          [...errors].find(([path]) => path.startsWith('homeAssistant.entityIds.'))?.[1]
        }
        hint="Entity ids, one per line, like light.treatment_ceiling"
      >
        <textarea
          rows={3}
          value={lights}
          onChange={(e) => {
            setLights(e.target.value);
            const entityIds = e.target.value.split(/[\n,]/).map((id) => id.trim());
            onChange({ ...homeAssistant, entityIds: entityIds.filter((id) => id !== '') });
          }}
        />
      </FormField>
    </fieldset>
  );
}
