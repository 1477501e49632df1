/**
 * Wording of the advice templates (`src/model/advice-templates.ts`): for each, a title the clinician
 * picks from, the comment draft it adds to the note (written to the employer, as the clinician would
 * write it, for the clinician to edit) and its source. Each follows the DWP fit note guidance's
 * examples of good advice for the adjustments it ticks (DOMAIN.md §6, paraphrased there and here).
 *
 * For review by the clinical safety officer with the rest of the clinical wording: the length in a
 * comment draft must agree with the template's suggested length (a test checks it).
 */
export const templates = {
  'template.backPain.title': 'Back pain: lifting and bending',
  'template.backPain.comment':
    'Back pain limits lifting, bending and twisting. Avoid heavy lifting and repeated bending for 2 weeks. Can do lighter or seated tasks, with short breaks to change position.',
  'template.backPain.source': 'DWP fit note guidance, amended duties: for example, no heavy lifting for a set number of weeks.',

  'template.anxietyDepression.title': 'Anxiety or depression: hours and workload',
  'template.anxietyDepression.comment':
    'Concentration and sleep are affected. For 4 weeks, fewer hours or later start and finish times, and a reduced workload with clear priorities, would help. Regular short meetings with a manager to review the workload would help.',
  'template.anxietyDepression.source':
    'DWP fit note guidance, altered hours: for example, fewer hours, or different start and finish times to avoid the rush hour or fit in treatment; amended duties: a lighter workload.',

  'template.afterOperation.title': 'After an operation: phased return',
  'template.afterOperation.comment':
    'Recovering from an operation. A phased return over 4 weeks would help: start with fewer hours and light duties, and build up to usual hours and duties. May need time off for follow-up appointments.',
  'template.afterOperation.source': 'DWP fit note guidance, phased return: build hours or intensity up gradually over a stated number of weeks.',

  'template.fracture.title': 'A fracture: duties and travel',
  'template.fracture.comment':
    'Cannot fully use the injured limb for 6 weeks. Avoid lifting, carrying and driving for work; seated or desk-based tasks are fine. Working from home, or help with travel to work, would help while travel is difficult.',
  'template.fracture.source':
    'DWP fit note guidance, amended duties: for example, no driving for a set time while other tasks are fine; workplace adaptations: for example, working from home for a period.',

  'template.heart.title': 'A heart condition: phased return and heavy work',
  'template.heart.comment':
    'Tires easily at present. A phased return over 4 weeks, building up hours gradually with regular rest breaks, would help. Avoid heavy manual work until the cardiac rehabilitation team advises otherwise.',
  'template.heart.source': 'DWP fit note guidance, phased return: build hours up gradually over a stated number of weeks; amended duties: for example, no heavy lifting for a set time.',
} as const;
