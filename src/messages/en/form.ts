/** Wording of <fit-note-form>. */
export const form = {} as const;
