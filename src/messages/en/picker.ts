/** Wording of <local-services-picker> and the service directory. */
export const picker = {} as const;
