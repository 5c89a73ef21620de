import { useMemo, useRef, useState } from 'react';
import { clinicPromptLibrary } from '@domain/sheet/prompt-library';
import type { IntegrationPrompt, PromptTheme, PromptStage } from '@domain/sheet/prompt-types';
import { PROMPT_THEMES, PROMPT_STAGES } from '@domain/sheet/prompt-types';
import { useClinicEditor } from '../../stores/clinic-editor';
import { FormField } from '../../ui/FormField';
import { NewPromptForm } from './NewPromptForm';
import { PromptCard } from './PromptCard';
import { STAGE_LABELS, THEME_LABELS } from './prompt-labels';

/** Lower case without accents, so "que" finds "qué". */
const folded = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

interface Filter {
  stage: PromptStage | '';
  theme: PromptTheme | '';
  search: string;
}

const ALL: Filter = { stage: '', theme: '', search: '' };

function matches(prompt: IntegrationPrompt, { stage, theme, search }: Filter): boolean {
  if (stage && !prompt.stages.includes(stage)) return false;
  if (theme && prompt.theme !== theme) return false;
  const words = folded(search).split(/\s+/).filter(Boolean);
  const text = folded(`${prompt.text.en} ${prompt.text.es}`);
  return words.every((word) => text.includes(word));
}

/** The clinic's prompt library: find prompts, switch them on or off, reword them, add its own. */
export function PromptsTab() {
  const config = useClinicEditor((s) => s.config!);
  const library = useMemo(() => clinicPromptLibrary(config), [config]);
  const [filter, setFilterState] = useState<Filter>(ALL);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const addButton = useRef<HTMLButtonElement>(null);
  const shown = library.filter((prompt) => editing.has(prompt.id) || matches(prompt, filter));
  const setFilter = (next: Filter) => {
    setAdded(null);
    setFilterState(next);
  };

  return (
    <div className="prompts-tab">
      <div className="prompt-filters" role="search" aria-label="Find prompts">
        <FormField label="Stage">
          <select
            value={filter.stage}
            onChange={(e) => setFilter({ ...filter, stage: e.target.value as Filter['stage'] })}
          >
            <option value="">All stages</option>
            {PROMPT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Theme">
          <select
            value={filter.theme}
            onChange={(e) => setFilter({ ...filter, theme: e.target.value as Filter['theme'] })}
          >
            <option value="">All themes</option>
            {PROMPT_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Search">
          <input
            type="search"
            value={filter.search}
            onChange={(e) => setFilter({ ...filter, search: e.target.value })}
          />
        </FormField>
        <p className="prompt-count" aria-live="polite">
          {shown.length} of {library.length} prompts
        </p>
      </div>
      {adding ? (
        <NewPromptForm
          onDone={(id) => {
            setAdding(false);
            // The clinic wants to see what it just added, whatever it was looking for before.
            if (id !== null) setFilterState(ALL);
            setAdded(id);
            if (id === null) requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : (
        <div className="form-actions">
          <button type="button" ref={addButton} className="primary" onClick={() => setAdding(true)}>
            Add prompt
          </button>
          <p className="muted">Built-in prompts can be reworded or switched off; your own can also be deleted.</p>
        </div>
      )}
      {shown.length === 0 && <p>No prompt matches. Clear the search or choose another stage or theme.</p>}
      <ul className="stack-list" aria-label="Prompts">
        {shown.map((prompt) => (
          <PromptCard
            key={prompt.id}
            prompt={prompt}
            justAdded={prompt.id === added}
            editing={editing.has(prompt.id)}
            onEditing={(open) => {
              const next = new Set(editing);
              if (open) next.add(prompt.id);
              else next.delete(prompt.id);
              setEditing(next);
            }}
            onDeleted={() => addButton.current?.focus()}
          />
        ))}
      </ul>
    </div>
  );
}
