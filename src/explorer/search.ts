// An entity search box: suggestions from the API as you type, chosen with the mouse, the arrow keys or Enter.
import type { EntitySuggestion } from './api.ts';
import { el, replaceChildren } from './dom.ts';

export interface EntitySearchOptions {
  input: HTMLInputElement;
  /** The list the suggestions go in (a `ul`), shown under the input. */
  list: HTMLUListElement;
  search(text: string): Promise<EntitySuggestion[]>;
  onChoose(entity: EntitySuggestion): void;
  onError(error: unknown): void;
  /** Milliseconds to wait after a keystroke before asking. */
  debounceMs?: number;
}

export interface EntitySearch {
  /** Puts a name in the box without searching, as when an entity is picked elsewhere. */
  show(name: string): void;
  clear(): void;
}

/**
 * Turns `input` and `list` into a combobox (WAI-ARIA pattern): typing asks `search` for
 * suggestions; ArrowDown and ArrowUp move through them; Enter chooses the one marked, or the
 * first; Escape closes the list. Answers to older keystrokes are dropped.
 */
export function createEntitySearch({
  input,
  list,
  search,
  onChoose,
  onError,
  debounceMs = 120,
}: EntitySearchOptions): EntitySearch {
  let suggestions: EntitySuggestion[] = [];
  /** The text the suggestions shown are for. */
  let shownFor = '';
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The question for the text in the box, so Enter can wait for its answer. */
  let pending: { text: string; answer: Promise<EntitySuggestion[]> } | null = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.autocomplete = 'off';
  list.setAttribute('role', 'listbox');
  list.hidden = true;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const mark = (index: number) => {
    active = index;
    for (const [i, option] of [...list.children].entries()) option.setAttribute('aria-selected', String(i === index));
    const option = list.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = (entity: EntitySuggestion) => {
    clearTimeout(timer);
    pending = null;
    shownFor = '';
    input.value = entity.name;
    close();
    onChoose(entity);
  };

  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const render = (text: string, found: EntitySuggestion[]) => {
    suggestions = found;
    shownFor = text;
    active = -1;
    const options = found.map((entity, i) => {
      const option = el(
        'li',
        { id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-entity-id': entity.id },
        el('span', { class: 'suggestion-name' }, entity.name),
        el('span', { class: 'suggestion-kind' }, entity.kind.toLowerCase()),
      );
      // mousedown, not click: the input keeps its focus, so the list is still there to click.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(entity);
      });
      return option;
    });
    if (options.length === 0)
      options.push(el('li', { class: 'no-match', 'aria-disabled': 'true' }, `No entity matches “${text}”`));
    replaceChildren(list, ...options);
    open();
  };

  const ask = (text: string): Promise<EntitySuggestion[]> => {
    if (pending?.text === text) return pending.answer;
    const answer = search(text);
    pending = { text, answer };
    answer.then(
      (found) => {
        if (pending?.answer === answer && document.activeElement === input) render(text, found);
      },
      (error: unknown) => {
        if (pending?.answer === answer) onError(error);
      },
    );
    return answer;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      pending = null;
      close();
      return;
    }
    timer = setTimeout(() => ask(text), debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      mark((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = input.value.trim();
      if (text === '') return;
      const marked = !list.hidden ? suggestions[active] : undefined;
      if (marked) {
        choose(marked);
        return;
      }
      clearTimeout(timer);
      // ask() reports a failure itself.
      ask(text).then(
        (found) => {
          const first = found[0];
          if (first && input.value.trim() === text) choose(first);
        },
        () => {},
      );
    }
  });

  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    if (shownFor !== '' && shownFor === input.value.trim()) open();
  });

  return {
    show(name) {
      clearTimeout(timer);
      pending = null;
      shownFor = '';
      input.value = name;
      close();
    },
    clear() {
      this.show('');
    },
  };
}
