import { expect, fixture, html } from '@open-wc/testing';
import { todayLocal } from '../../../src/model/dates.js';
import { createWorkAnswers, type WorkAnswers } from '../../../src/model/work-question.js';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { captureWarnings } from '../../helpers/console.js';
import { absenceText, acceptButton, button, click, control, errors, leave, prompt, record, statusText, suggestions, type, typeDate } from './helpers.js';

const MARKUP = '<img src=x onerror="window.__fnwPwned = true"><script>window.__fnwPwned = true</script>';

function full(): WorkAnswers {
  return {
    status: 'employed',
    jobTitle: 'Care assistant',
    pattern: { hoursPerWeek: 22.5, shiftsOrNights: true, activity: 'manual-heavy-lifting', driving: false, safetyCritical: false, publicFacing: true },
    managing: 'off-sick',
    offSickSince: '2025-12-01',
    whatMayHelp: ['different-hours', 'physio-pain'],
    freeText: 'Back hurts after night shifts.',
    skipped: false,
  };
}

describe('<work-question-prompt> value', () => {
  it('round-trips: what is set is what is read, deep-equal, and no event fires', async () => {
    const el = await prompt();
    const r = record(el);
    for (const value of [full(), createWorkAnswers(), { ...full(), status: 'retired' as const, skipped: true }]) {
      el.value = value;
      await el.updateComplete;
      expect(el.value).to.deep.equal(value);
    }
    expect(r.changes).to.deep.equal([]);
    expect(r.completes).to.deep.equal([]);
  });

  it('fills the controls from the value it is given', async () => {
    const el = await prompt();
    el.value = full();
    await el.updateComplete;
    expect(control(el, 'Employed').checked).to.equal(true);
    expect(control(el, 'Job title (optional)').value).to.equal('Care assistant');
    expect(control(el, 'Hours a week (optional)').value).to.equal('22.5');
    expect(control(el, 'Manual work or heavy lifting').checked).to.equal(true);
    expect(control(el, 'Shifts or nights').checked).to.equal(true);
    expect(control(el, 'Working with the public').checked).to.equal(true);
    expect(control(el, 'Off sick').checked).to.equal(true);
    expect([control(el, 'Day').value, control(el, 'Month').value, control(el, 'Year').value]).to.deep.equal(['1', '12', '2025']);
    expect(absenceText(el)).to.equal('Off sick for more than 3 months, since 1 December 2025.');
    expect(control(el, 'Fewer or different hours').checked).to.equal(true);
    expect(control(el, 'Physiotherapy or help with pain').checked).to.equal(true);
    expect(control<HTMLTextAreaElement>(el, 'Anything else about work (optional)').value).to.equal('Back hurts after night shifts.');
  });

  it('returns a copy: changing what was read changes nothing in the element', async () => {
    const el = await prompt();
    el.value = full();
    const read = el.value;
    read.whatMayHelp.push('not-ready');
    read.pattern.driving = true;
    read.status = 'retired';
    expect(el.value).to.deep.equal(full());
  });

  it('repairs garbage: keeps what it can, reports each problem once, fires nothing, never throws', async () => {
    const el = await prompt();
    const r = record(el);
    const warnings = captureWarnings();
    try {
      const garbage = { status: 'astronaut', jobTitle: 42, whatMayHelp: ['talking-therapy', '<b>x</b>'], managing: 'working-normally', freeText: MARKUP };
      el.value = garbage;
      el.value = garbage;
      await el.updateComplete;
      expect(el.value).to.deep.equal({ ...createWorkAnswers(), managing: 'working-normally', whatMayHelp: ['talking-therapy'], freeText: MARKUP });
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages.every((m) => m.startsWith('[fit-note-widgets] <work-question-prompt> value.'))).to.equal(true);
      expect(warnings.messages.join('\n')).to.contain('value.status').and.contain('value.jobTitle').and.contain('value.whatMayHelp');
    } finally {
      warnings.restore();
    }
    expect(r.changes).to.deep.equal([]);
  });

  it('accepts any garbage in any property or attribute without throwing', async () => {
    const el = await prompt();
    const warnings = captureWarnings();
    try {
      const garbage: unknown[] = [undefined, null, 0, Number.NaN, 'x'.repeat(10_000), [], {}, [1, 2], Symbol('s'), () => 1, MARKUP, new Date()];
      for (const g of garbage) {
        el.value = g;
        el.context = g;
        el.conditions = g;
        (el as unknown as Record<string, unknown>).today = g;
        (el as unknown as Record<string, unknown>).icb = g;
        await el.updateComplete;
      }
      el.setAttribute('today', MARKUP);
      el.setAttribute('icb', MARKUP);
      await el.updateComplete;
      expect(el.value).to.deep.equal(createWorkAnswers());
      expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('The work question');
    } finally {
      warnings.restore();
    }
  });

  it('setting other answers replaces everything on screen: typed date, errors, accepted suggestions, outcome', async () => {
    const el = await prompt();
    const next: WorkAnswers = { ...createWorkAnswers(), status: 'employed', managing: 'off-sick', whatMayHelp: ['phased-return'] };
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    acceptButton(el, 'help-phased-return').click();
    button(el, 'Skip the work question').click();
    await el.updateComplete;
    expect(statusText(el)).to.not.equal('');
    el.value = next;
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
    expect(suggestions(el).map((s) => s.pressed)).to.deep.equal(['false']);
    await typeDate(el, '31', '2', '2026');
    await leave(el);
    expect(errors(el)).to.have.length(1);
    el.value = { ...next, jobTitle: 'Porter' };
    await el.updateComplete;
    expect(errors(el)).to.deep.equal([]);
    expect([control(el, 'Day').value, control(el, 'Month').value, control(el, 'Year').value]).to.deep.equal(['', '', '']);
  });

  it('setting the same answers again changes nothing on screen: the typed date, its error and accepted suggestions stay', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await click(el, 'Off sick');
    await click(el, 'Going back gradually');
    acceptButton(el, 'help-phased-return').click();
    await typeDate(el, '31', '2', '2026');
    await leave(el);
    const warnings = captureWarnings();
    try {
      // A framework re-rendering the host passes the answers it was last told about, as a new object.
      const read = el.value;
      el.value = read;
      el.value = JSON.parse(JSON.stringify(read)) as unknown;
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(errors(el)).to.deep.equal(['Error: Off sick since must be a real date, for example 3 3 2026']);
    expect([control(el, 'Day').value, control(el, 'Month').value, control(el, 'Year').value]).to.deep.equal(['31', '2', '2026']);
    expect(suggestions(el).map((s) => s.pressed)).to.deep.equal(['true']);
  });

  it('undefined and null (a framework\'s absent prop) keep the answers and what was typed, without a word', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await type(el, 'Anything else about work (optional)', 'Nights are hard.');
    const before = el.value;
    const warnings = captureWarnings();
    try {
      for (const absent of [undefined, null]) {
        el.value = absent;
        await el.updateComplete;
        expect(el.value, String(absent)).to.deep.equal(before);
        expect(control<HTMLTextAreaElement>(el, 'Anything else about work (optional)').value).to.equal('Nights are hard.');
      }
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  const THROWING = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      has: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
    },
  );
  const UNUSABLE: [string, unknown][] = [
    ['text', 'garbage'],
    ['a number', 42],
    ['an array', []],
    ['an object with none of the answers', {}],
    ['a date', new Date()],
    ['answers whose every field is unusable', { status: 'astronaut', jobTitle: 42 }],
    ['a Proxy that throws', THROWING],
    ['an object whose getter throws', { get status(): never { throw new Error('getter'); } }],
  ];
  for (const [what, bad] of UNUSABLE) {
    it(`a value that is not answers (${what}) is reported once and the answers on screen are kept`, async () => {
      const el = await prompt();
      await click(el, 'Employed');
      await type(el, 'Job title (optional)', 'Nurse');
      const before = el.value;
      const warnings = captureWarnings();
      try {
        el.value = bad;
        el.value = bad;
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <work-question-prompt> value: .*; the answers on screen were kept$/);
      } finally {
        warnings.restore();
      }
      expect(el.value).to.deep.equal(before);
      expect(control(el, 'Job title (optional)').value).to.equal('Nurse');
    });
  }

  it('answers partly usable are taken field by field; a field given but unusable keeps the answer on screen', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await type(el, 'Job title (optional)', 'Nurse');
    await type(el, 'Hours a week (optional)', '37.5');
    await click(el, 'Off sick');
    await click(el, 'Talking therapy');
    await type(el, 'Anything else about work (optional)', 'Typed before');
    const warnings = captureWarnings();
    try {
      el.value = {
        status: 'self-employed',
        jobTitle: 42,
        managing: 'astronaut',
        pattern: { hoursPerWeek: 500, driving: true },
        whatMayHelp: 'talking',
      };
      await el.updateComplete;
      expect(warnings.messages.map((m) => m.replace(/:.*/s, ''))).to.deep.equal([
        '[fit-note-widgets] <work-question-prompt> value.managing',
        '[fit-note-widgets] <work-question-prompt> value.jobTitle',
        '[fit-note-widgets] <work-question-prompt> value.pattern.hoursPerWeek',
        '[fit-note-widgets] <work-question-prompt> value.whatMayHelp',
      ]);
    } finally {
      warnings.restore();
    }
    // Given and usable: taken. Given but unusable: kept as on screen. Not given: not answered.
    expect(el.value).to.deep.equal({
      ...createWorkAnswers(),
      status: 'self-employed',
      jobTitle: 'Nurse',
      managing: 'off-sick',
      pattern: { ...createWorkAnswers().pattern, hoursPerWeek: 37.5, driving: true },
      whatMayHelp: ['talking-therapy'],
    });
    expect(control(el, 'Self-employed').checked).to.equal(true);
    expect(control(el, 'Job title (optional)').value).to.equal('Nurse');
    expect(control(el, 'Driving for work').checked).to.equal(true);
    expect(control<HTMLTextAreaElement>(el, 'Anything else about work (optional)').value).to.equal('');
  });

  it('keeps 10,000 characters of free text; refuses a 10,000-character job title and says so', async () => {
    const el = await prompt();
    const warnings = captureWarnings();
    try {
      el.value = { ...full(), freeText: 'f'.repeat(10_000), jobTitle: 'j'.repeat(10_000) };
      expect(el.value.freeText).to.have.length(10_000);
      expect(el.value.jobTitle).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('value.jobTitle');
    } finally {
      warnings.restore();
    }
  });

  it('renders markup in any text as text, never as elements', async () => {
    const el = await prompt();
    el.value = { ...full(), jobTitle: '<img src=x onerror=alert(1)>', freeText: MARKUP };
    el.conditions = [{ display: `<img src=x onerror="window.__fnwPwned = true"> back pain` }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(control(el, 'Job title (optional)').value).to.equal('<img src=x onerror=alert(1)>');
    expect(control<HTMLTextAreaElement>(el, 'Anything else about work (optional)').value).to.equal(MARKUP);
    expect(suggestions(el).map((s) => s.reason)).to.include('Heavy lifting + <img src=x onerror="window.__fnwPwned = true"> back pain → consider amended duties');
    expect((window as unknown as Record<string, unknown>).__fnwPwned).to.equal(undefined);
  });
});

describe('<work-question-prompt> context, today, icb and conditions', () => {
  it('echoes the context in both events; a context that is not usable is ignored whole, and said once', async () => {
    const el = await prompt();
    el.context = { patientId: 'p-1' };
    const warnings = captureWarnings();
    try {
      el.context = { patientId: 'p-2', encounterId: 42, userId: 'u'.repeat(201) };
      el.context = { patientId: 'p-2', encounterId: 42 };
      expect(el.context).to.deep.equal({ patientId: 'p-1' });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <work-question-prompt> context: .*; the context was ignored and nothing was reset$/);
    } finally {
      warnings.restore();
    }
    const r = record(el);
    await click(el, 'Retired');
    button(el, 'Done').click();
    expect(r.changes[0]!.context).to.deep.equal({ patientId: 'p-1' });
    expect(r.completes[0]!.context).to.deep.equal({ patientId: 'p-1' });
  });

  it('a host mistake in the context (42, "patient-123", { patientId: null }, {}) loses nothing typed; a later new patient still starts afresh', async () => {
    const el = await prompt();
    el.context = { patientId: 'patient-a' };
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    acceptButton(el, 'help-phased-return').click();
    await type(el, 'Anything else about work (optional)', 'Back pain after lifting.');
    await type(el, 'Hours a week (optional)', 'forty');
    await leave(el);
    const typed = el.value;
    const warnings = captureWarnings();
    try {
      for (const mistake of [42, 'patient-123', { patientId: null }, {}]) {
        el.context = mistake;
        await el.updateComplete;
        expect(el.value, JSON.stringify(mistake)).to.deep.equal(typed);
        expect(control<HTMLTextAreaElement>(el, 'Anything else about work (optional)').value).to.equal('Back pain after lifting.');
        expect(control(el, 'Hours a week (optional)').value).to.equal('forty');
        expect(errors(el)).to.deep.equal(['Error: Hours a week must be a number from 0 to 168']);
        expect(suggestions(el).map((s) => s.pressed)).to.deep.equal(['true']);
      }
      el.context = { patientId: 'patient-b' };
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    // Nothing carried across: answers, typed text, errors and acceptances all belong to patient-a.
    expect(el.value).to.deep.equal(createWorkAnswers());
    expect(control<HTMLTextAreaElement>(el, 'Anything else about work (optional)').value).to.equal('');
    expect(errors(el)).to.deep.equal([]);
    expect(suggestions(el)).to.deep.equal([]);
  });

  it('a switch to another patient without a new value clears the answers and says so once', async () => {
    const el = await prompt();
    el.context = { patientId: 'patient-a' };
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    const warnings = captureWarnings();
    try {
      el.context = { patientId: 'patient-b' };
      await el.updateComplete;
      expect(el.value).to.deep.equal(createWorkAnswers());
      expect(control(el, 'Employed').checked).to.equal(false);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('another patient');
    } finally {
      warnings.restore();
    }
  });

  it('a switch to another patient with their value, in either order, shows that value', async () => {
    const el = await prompt();
    el.context = { patientId: 'patient-a' };
    await click(el, 'Employed');
    const b: WorkAnswers = { ...createWorkAnswers(), status: 'caring' };
    const warnings = captureWarnings();
    try {
      el.value = b;
      el.context = { patientId: 'patient-b' };
      await el.updateComplete;
      expect(el.value).to.deep.equal(b);
      el.context = { patientId: 'patient-c' };
      el.value = full();
      await el.updateComplete;
      expect(el.value).to.deep.equal(full());
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('a switch to another patient whose answers equal those on screen still carries nothing across', async () => {
    const el = await prompt();
    el.context = { patientId: 'patient-a' };
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    acceptButton(el, 'help-phased-return').click();
    await type(el, 'Hours a week (optional)', 'forty');
    await leave(el);
    const same = el.value;
    el.context = { patientId: 'patient-b' };
    el.value = same;
    await el.updateComplete;
    expect(el.value).to.deep.equal(same);
    expect(suggestions(el).map((s) => s.pressed)).to.deep.equal(['false']);
    expect(control(el, 'Hours a week (optional)').value).to.equal('');
    expect(errors(el)).to.deep.equal([]);
  });

  for (const order of ['context first', 'value first']) {
    it(`a switch to another patient, ${order}, keeps nothing of the last patient's answers even where the new value has a field that is not usable`, async () => {
      const el = await prompt();
      el.context = { patientId: 'patient-a' };
      await click(el, 'Employed');
      await type(el, 'Job title (optional)', 'Nurse');
      const b = { status: 'self-employed', jobTitle: 42 };
      const warnings = captureWarnings();
      try {
        if (order === 'context first') el.context = { patientId: 'patient-b' };
        el.value = b;
        if (order === 'value first') el.context = { patientId: 'patient-b' };
        await el.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(el.value).to.deep.equal({ ...createWorkAnswers(), status: 'self-employed' });
      expect(control(el, 'Job title (optional)').value).to.equal('');
    });
  }

  it('an invalid today uses the local date and is reported once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-02-30"></work-question-prompt>`);
      el.value = { ...createWorkAnswers(), status: 'employed', managing: 'off-sick', offSickSince: todayLocal() };
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(absenceText(el)).to.match(/^Off sick for 1 day, since /);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <work-question-prompt> today=.* is not a real date YYYY-MM-DD; using the local date$/);
    } finally {
      warnings.restore();
    }
  });

  it('an icb that is not an ODS code is reported once and suggests no WorkWell', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" icb="Greater Manchester"></work-question-prompt>`);
      await click(el, 'Looking for work');
      expect(suggestions(el).map((s) => s.rule)).to.deep.equal(['looking-for-work']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <work-question-prompt> icb=.* is not an ODS code/);
    } finally {
      warnings.restore();
    }
  });

  it('conditions keep the usable codings and report the rest once', async () => {
    const el = await prompt();
    const warnings = captureWarnings();
    try {
      el.conditions = [{ display: 'Low back pain' }, { code: '1' }, 'back', null];
      expect(el.conditions).to.deep.equal([{ display: 'Low back pain' }]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('conditions: 3 item(s) dropped');
    } finally {
      warnings.restore();
    }
  });
});
