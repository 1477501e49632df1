import { expect } from '@open-wc/testing';
import { answerQuestions, allByRole, byRole, click, confirmButton, fillDate, formFixture, shadow, text, TODAY, typeInto } from './form-helpers.js';

const words = (el: Parameters<typeof shadow>[0]) => shadow(el).getElementById('period-words')?.textContent?.trim();

const forBox = (el: Parameters<typeof shadow>[0]) => byRole<HTMLInputElement>(el, 'textbox', /^For/);

describe('<fit-note-form> advice', () => {
  it('when the clinician picks "not fit", the adjustments are cleared and hidden, and the comments kept', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'checkbox', 'phased return'));
    await click(el, byRole(el, 'checkbox', 'amended duties'));
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Avoid lifting over 10 kg for 4 weeks.');
    await click(el, byRole(el, 'radio', 'not fit for work'));
    expect(el.value.fitness).to.equal('not-fit');
    expect(el.value.adjustments).to.deep.equal({ phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false });
    expect(allByRole(el, 'checkbox', 'phased return')).to.have.length(0);
    expect(el.value.comments).to.equal('Avoid lifting over 10 kg for 4 weeks.');
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').value).to.equal('Avoid lifting over 10 kg for 4 weeks.');
  });

  it('going back to "may be fit" shows the adjustments again, none ticked', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'checkbox', 'workplace adaptations'));
    await click(el, byRole(el, 'radio', 'not fit for work'));
    await click(el, byRole(el, 'radio', 'may be fit for work'));
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'workplace adaptations').checked).to.equal(false);
    expect(el.value.adjustments.workplaceAdaptations).to.equal(false);
  });

  it('conditions from the record can be ticked and unticked; the typed one is kept alongside', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'checkbox', 'Depressive disorder'));
    await typeInto(el, byRole(el, 'textbox', 'Or type a condition'), 'Insomnia');
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    expect(el.value.conditions).to.deep.equal([
      { system: 'http://snomed.info/sct', code: '35489007', display: 'Depressive disorder' },
      { display: 'Insomnia' },
      { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' },
    ]);
    await click(el, byRole(el, 'checkbox', 'Depressive disorder'));
    await typeInto(el, byRole(el, 'textbox', 'Or type a condition'), 'Insomnia, long-standing');
    expect(el.value.conditions.map((c) => c.display)).to.deep.equal(['Insomnia, long-standing', 'Low back pain']);
    await typeInto(el, byRole(el, 'textbox', 'Or type a condition'), '   ');
    expect(el.value.conditions.map((c) => c.display)).to.deep.equal(['Low back pain']);
  });
});

describe('<fit-note-form> period', () => {
  it('by length: one click on "2 weeks" gives the dates and the words', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'button', /^2 weeks$/));
    expect(el.value.period).to.deep.equal({ start: TODAY, end: '2026-03-16' });
    expect(words(el)).to.equal('This will be the case for 2 weeks (3 March 2026 to 16 March 2026).');
    expect(byRole(el, 'button', /^2 weeks$/).getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelectorAll('input[id^=period-end-]'), 'Until stays folded away: the length gives the end').to.have.length(0);
    await click(el, byRole(el, 'button', /^Or enter the date it ends/));
    const end = [...shadow(el).querySelectorAll<HTMLInputElement>('input[id^=period-end-]')].map((i) => i.value);
    expect(end, 'opened, Until shows the end the length gives').to.deep.equal(['16', '3', '2026']);
  });

  it('by length: each one-click length, and a typed number with a unit', async () => {
    const el = await formFixture();
    const cases: [RegExp, string, string][] = [
      [/^1 week$/, '2026-03-09', '1 week (3 March 2026 to 9 March 2026)'],
      [/^4 weeks$/, '2026-03-30', '4 weeks (3 March 2026 to 30 March 2026)'],
      [/^3 months$/, '2026-06-02', '3 months (3 March 2026 to 2 June 2026)'],
    ];
    for (const [name, end, inWords] of cases) {
      await click(el, byRole(el, 'button', name));
      expect(el.value.period.end, String(name)).to.equal(end);
      expect(words(el)).to.contain(inWords);
    }
    expect(forBox(el).value, 'the For box shows a chosen length in shorthand').to.equal('3m');
    await typeInto(el, forBox(el), '10d');
    expect(el.value.period).to.deep.equal({ start: TODAY, end: '2026-03-12' });
    expect(words(el)).to.contain('10 days (3 March 2026 to 12 March 2026)');
    expect(text(el)).to.contain('That is 10 days.');
  });

  it('the For box takes the shorthand GP systems use (5d, 2w, 6w, 1m, 3m) and keeps what was typed', async () => {
    const el = await formFixture();
    const cases: [string, string][] = [
      ['5d', '2026-03-07'],
      ['2w', '2026-03-16'],
      ['6W', '2026-04-13'],
      ['1m', '2026-04-02'],
      ['3 m', '2026-06-02'],
      ['2 weeks', '2026-03-16'],
    ];
    for (const [typed, end] of cases) {
      await typeInto(el, forBox(el), typed);
      expect(el.value.period.end, typed).to.equal(end);
      expect(forBox(el).value, 'as typed').to.equal(typed);
    }
  });

  it('i in the For box is an indefinite period, refused (R6) until "6 months or more" is ticked', async () => {
    const el = await formFixture();
    await typeInto(el, forBox(el), 'i');
    expect(el.value.period.end).to.equal(null);
    expect(el.validity.errors.map((e) => e.rule)).to.include('R6');
    await click(el, byRole(el, 'checkbox', '6 months or more'));
    expect(el.validity.errors.map((e) => e.rule)).to.not.include('R6');
  });

  it('by dates: an end date gives the length in words, and the length fields follow', async () => {
    const el = await formFixture();
    await typeInto(el, forBox(el), '2w');
    await fillDate(el, 'Until', '30', '3', '2026');
    expect(el.value.period).to.deep.equal({ start: TODAY, end: '2026-03-30' });
    expect(words(el)).to.equal('This will be the case for 4 weeks (3 March 2026 to 30 March 2026).');
    expect(forBox(el).value, 'For and Until are exclusive: For follows Until').to.equal('');
    await fillDate(el, 'Start date', '5', '3', '2026');
    expect(el.value.period).to.deep.equal({ start: '2026-03-05', end: '2026-03-30' });
    expect(words(el)).to.contain('26 days (5 March 2026 to 30 March 2026)');
  });

  it('moving the start keeps a chosen length and moves the end', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'button', /^2 weeks$/));
    await fillDate(el, 'Start date', '1', '3', '2026');
    expect(el.value.period).to.deep.equal({ start: '2026-03-01', end: '2026-03-14' });
  });

  it('no length chosen: confirming says "Enter how long the advice applies for"', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, confirmButton(el));
    expect(text(el)).to.contain('Error: Enter how long the advice applies for');
    expect(shadow(el).querySelector<HTMLAnchorElement>('#error-summary a')?.getAttribute('href')).to.equal('#period-for');
  });

  it('a length that is not a whole number is an error, and the typed text stays', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await typeInto(el, forBox(el), 'two');
    await click(el, confirmButton(el));
    expect(text(el)).to.contain('Error: Enter the length as a number and a unit, like 5d, 2w or 3m, of up to 10 years');
    expect(forBox(el).value).to.equal('two');
    expect(forBox(el).getAttribute('aria-invalid')).to.equal('true');
    await typeInto(el, forBox(el), '2');
    expect(el.validity.errors.map((e) => e.messageId), 'a bare number is not guessed into a unit').to.include('form.period.lengthInvalid');
    expect(el.value.period.end).to.equal('');
  });

  it('indefinite is offered only once "6 months or more" is ticked (R6)', async () => {
    const el = await formFixture();
    expect(allByRole(el, 'checkbox', 'indefinite')).to.have.length(0);
    await click(el, byRole(el, 'checkbox', '6 months or more'));
    await click(el, byRole(el, 'checkbox', 'indefinite'));
    expect(el.value.period).to.deep.equal({ start: TODAY, end: null });
    expect(el.value.sixMonthsOrMore).to.equal(true);
    expect(words(el)).to.equal('This will be the case for an indefinite period from 3 March 2026.');
    expect(allByRole(el, 'textbox', /^For/)).to.have.length(0);
  });

  it('unticking "6 months or more" takes indefinite away and brings back the length chosen before', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'button', /^4 weeks$/));
    await click(el, byRole(el, 'checkbox', '6 months or more'));
    await click(el, byRole(el, 'checkbox', 'indefinite'));
    await click(el, byRole(el, 'checkbox', '6 months or more'));
    expect(allByRole(el, 'checkbox', 'indefinite')).to.have.length(0);
    expect(el.value.period).to.deep.equal({ start: TODAY, end: '2026-03-30' });
    expect(el.value.sixMonthsOrMore).to.equal(false);
  });
});
