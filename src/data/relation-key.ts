// When two relations state the same thing: same type and entities, either order when the type is symmetric.
import { isSymmetric, type RelationType } from '../model.ts';

/** What a relation states: its type and its two entities. */
export interface Statement {
  type: RelationType;
  from: string;
  to: string;
}

/** A key equal for two relations exactly when they state the same thing. */
export function relationKey({ type, from, to }: Statement): string {
  const [a, b] = isSymmetric(type) && to < from ? [to, from] : [from, to];
  return `${type}\u0000${a}\u0000${b}`;
}

/** Whether `a` and `b` state the same thing (a draft relation may then take the other's id). */
export function sameStatement(a: Statement, b: Statement): boolean {
  return relationKey(a) === relationKey(b);
}

/** A statement as a reader would say it: `ALLY between "a" and "b"`, `LEADS from "a" to "b"`. */
export function describeStatement({ type, from, to }: Statement): string {
  return isSymmetric(type) ? `${type} between "${from}" and "${to}"` : `${type} from "${from}" to "${to}"`;
}
