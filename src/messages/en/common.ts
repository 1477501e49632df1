/** Wording shared by all elements: date fields, numbers, error summary, help popovers, data sources. */
export const common = {
  'common.date.day': 'Day',
  'common.date.month': 'Month',
  'common.date.year': 'Year',
  'common.date.hint': 'For example, 3 3 2026',
  'common.date.inWords': 'That is {date:date}.',
  'common.number.group': ',',
  'common.number.decimal': '.',
  'common.error.prefix': 'Error:',
  'common.warning.prefix': 'Important:',
  'common.errorSummary.title': 'There is a problem',
  'common.help.open': 'Help with {topic}',
  'common.help.close': 'Close help',
  'common.optional': '(optional)',
  'common.yes': 'Yes',
  'common.no': 'No',
} as const;
