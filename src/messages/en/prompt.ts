/** Wording of <work-question-prompt>. */
export const prompt = {} as const;
