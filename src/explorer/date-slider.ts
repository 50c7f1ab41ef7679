// The date slider: "Show what held on" a month of the graph's dated range, off (all dates) until it is moved.
import { type MonthRange, monthNumber, monthOf } from './as-of.ts';
import { el, replaceChildren } from './dom.ts';

export interface DateSliderOptions {
  /** The slider, an <input type="range"> with a <label>. */
  input: HTMLInputElement;
  /** Where the month shown goes, or "all dates". */
  output: HTMLOutputElement;
  /** Turns the slider off. */
  clear: HTMLButtonElement;
  /** The year ticks under the slider. */
  ticks: HTMLDataListElement;
  /** The first and last year, at the slider's ends. */
  ends: [HTMLElement, HTMLElement];
  /** The months it runs over; null when no relation is dated, which leaves it disabled. */
  range: MonthRange | null;
  /** Called on every move, with the month (`YYYY-MM`) or null for all dates. */
  onMove(asOf: string | null): void;
  /** Called when a move ends (the thumb is let go, a key is pressed) and when the slider is turned off. */
  onSettle(asOf: string | null): void;
}

export interface DateSlider {
  /** The month shown (`YYYY-MM`), or null when the slider is off. */
  readonly asOf: string | null;
}

export const ALL_DATES = 'all dates';

/** "June 2019", for screen readers, which would read 2019-06 as a subtraction. */
function spokenMonth(month: string): string {
  const n = monthNumber(month);
  return new Date(Date.UTC(Math.floor(n / 12), n % 12)).toLocaleString('en', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function createDateSlider(options: DateSliderOptions): DateSlider {
  const { input, output, clear, ticks, range } = options;
  let asOf: string | null = null;

  const show = () => {
    output.value = asOf ?? ALL_DATES;
    input.setAttribute('aria-valuetext', asOf ? spokenMonth(asOf) : ALL_DATES);
    input.dataset.on = String(asOf !== null);
    clear.disabled = asOf === null;
  };

  if (!range) {
    input.disabled = true;
    output.value = 'no dated relations';
    clear.disabled = true;
    return { asOf: null };
  }

  Object.assign(input, { min: String(range.first), max: String(range.last), step: '1' });
  // Off, the thumb rests at the end: the latest month, where most of the graph holds.
  input.value = String(range.last);
  const [firstYear, lastYear] = [Math.floor(range.first / 12), Math.floor(range.last / 12)];
  options.ends[0].textContent = String(firstYear);
  options.ends[1].textContent = String(lastYear);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  replaceChildren(ticks, ...years.map((year) => el('option', { value: year * 12, label: year })));

  input.addEventListener('input', () => {
    asOf = monthOf(Number(input.value));
    show();
    options.onMove(asOf);
  });
  input.addEventListener('change', () => options.onSettle(asOf));
  clear.addEventListener('click', () => {
    asOf = null;
    input.value = String(range.last);
    show();
    options.onMove(null);
    options.onSettle(null);
    input.focus();
  });
  show();

  return {
    get asOf() {
      return asOf;
    },
  };
}
