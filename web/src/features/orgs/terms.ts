import type { TermState } from '../../gql/graphql';

/** Every state a term may be in, as labelled under `orgs.terms.states.`, in the overview's order. */
export const TERM_STATES: TermState[] = ['ENDED', 'ENDING', 'CURRENT', 'NO_TERM'];

/** A state's tag colour: red once the term is over, orange while it is ending. */
export function termStateColor(s: TermState): 'red' | 'orange' | 'green' | 'default' {
  switch (s) {
    case 'ENDED':
      return 'red';
    case 'ENDING':
      return 'orange';
    case 'CURRENT':
      return 'green';
    default:
      return 'default';
  }
}
