// The ten-minute consultation on the built demo EHR (dist/demo), driven as a GP would, counting every
// interaction: clicks plus key presses, plus one for each text field typed into. Shared by the
// end-to-end test (test/e2e/flow.test.mjs), which asserts the targets, and `npm run bench`, which
// prints the table with the figures measured on the version before the consultation redesign.

export const TODAY = '2026-03-03';

/** Measured on the demo before the redesign (1280×900; the work question open and first). */
export const BEFORE = {
  mayBeFit: 12,
  notFit: 4,
  difference: 8,
  differenceWithoutReferral: 3,
  keyboardNotFit: 67,
  confirmBottom: 8603,
};

export const TARGETS = {
  mayBeFit: 7,
  notFit: 5,
  difference: 2,
  differenceWithoutReferral: 1,
  keyboardNotFit: 25,
  confirmBottom: 1600,
};

/** The demo at `width`×`height`, today 3 March 2026, every event recorded in `window.__events`. */
export async function openDemo(env, { width = 1280, height = 800, density = 'compact' } = {}) {
  const page = await env.page();
  await page.setViewportSize({ width, height });
  await page.goto(env.url('/dist/demo/index.html'));
  await page.getByRole('button', { name: /^Confirm fit note/ }).waitFor();
  await page.fill('#today-input', TODAY);
  await page.dispatchEvent('#today-input', 'change');
  await page.selectOption('#density-select', density);
  await page.evaluate(() => {
    window.__events = [];
    for (const name of ['fit-note-submit', 'fit-note-invalid', 'fit-note-referral']) {
      document.addEventListener(name, (e) => window.__events.push({ type: e.type, detail: JSON.parse(JSON.stringify(e.detail)) }));
    }
  });
  return page;
}

/** Clicks, counted as the clinician makes them. */
function counter() {
  let clicks = 0;
  return {
    get count() {
      return clicks;
    },
    async click(locator) {
      await locator.click();
      clicks += 1;
    },
  };
}

const submitted = (page) => page.evaluate(() => window.__events.filter((e) => e.type === 'fit-note-submit').map((e) => e.detail));

/**
 * (a) may be fit: the condition, the advice template for it (adjustments, a comment draft and 2
 * weeks), the review answer, one suggested service with the patient's agreement, confirm.
 */
export async function mayBeFit(env, { referral = true } = {}) {
  const page = await openDemo(env);
  const act = counter();
  await act.click(page.getByRole('checkbox', { name: 'Low back pain' }));
  await act.click(page.getByRole('button', { name: 'Back pain: lifting and bending' }));
  await act.click(page.getByRole('radio', { name: /^I will not need to assess/ }));
  if (referral) {
    await act.click(page.locator('local-services-picker [part~="suggested"]').getByRole('button').first());
    await act.click(page.getByRole('button', { name: 'Patient agrees: create referral' }));
  }
  await act.click(page.getByRole('button', { name: /^Confirm fit note/ }));
  await page.getByRole('heading', { name: 'Your plan' }).waitFor();
  const [detail] = await submitted(page);
  return { page, interactions: act.count, detail };
}

/** (b) not fit: the condition, not fit, 2 weeks, the review answer, confirm. */
export async function notFit(env) {
  const page = await openDemo(env);
  const act = counter();
  await act.click(page.getByRole('checkbox', { name: 'Low back pain' }));
  await act.click(page.getByRole('radio', { name: 'not fit for work' }));
  await act.click(page.getByRole('button', { name: '2 weeks', exact: true }));
  await act.click(page.getByRole('radio', { name: /^I will not need to assess/ }));
  await act.click(page.getByRole('button', { name: /^Confirm fit note/ }));
  await page.getByRole('heading', { name: 'Your plan' }).waitFor();
  const [detail] = await submitted(page);
  return { page, interactions: act.count, detail };
}

/** The focused element's id, looking through shadow roots. */
const focusedId = (page) =>
  page.evaluate(() => {
    let node = document.activeElement;
    while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
    return node?.id || node?.textContent?.trim() || '';
  });

/** (b) by keyboard alone, from the top of the page: every key press counted. */
export async function notFitByKeyboard(env) {
  const page = await openDemo(env);
  let keys = 0;
  const press = async (key) => {
    await page.keyboard.press(key);
    keys += 1;
  };
  const tabTo = async (id, limit = 80) => {
    for (let i = 0; i < limit; i += 1) {
      await press('Tab');
      if ((await focusedId(page)) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  // Arriving on the page, the first Tab reaches the EHR's skip link (set here directly: the demo's
  // own set-up above left focus in its date control), and Enter goes to the consultation.
  await page.focus('.skip-link');
  keys += 1;
  await press('Enter');
  await tabTo('condition-0');
  await press('Space');
  await tabTo('fitness-may-be-fit');
  await press('ArrowUp');
  await tabTo('period-for');
  await page.keyboard.type('2w');
  keys += 2;
  await tabTo('review-yes');
  await press('ArrowDown');
  await tabTo('confirm');
  await press('Enter');
  await page.getByRole('heading', { name: 'Your plan' }).waitFor();
  const [detail] = await submitted(page);
  return { page, keys, detail };
}

/** Where the first field and Confirm sit on the page, and whether anything scrolls sideways. */
export async function layout(env, options) {
  const page = await openDemo(env, options);
  const box = (selector) =>
    page.evaluate((sel) => {
      const form = document.querySelector('fit-note-form');
      const el = form?.shadowRoot?.querySelector(sel);
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY } : null;
    }, selector);
  const figures = {
    firstField: (await box('#condition-0'))?.top ?? null,
    confirmBottom: (await box('#confirm'))?.bottom ?? null,
    sideways: await page.evaluate(() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth),
  };
  await page.close();
  return figures;
}

/** Every figure of the targets table. */
export async function measureAll(env) {
  const a = await mayBeFit(env);
  await a.page.close();
  const aWithout = await mayBeFit(env, { referral: false });
  await aWithout.page.close();
  const b = await notFit(env);
  await b.page.close();
  const keyboard = await notFitByKeyboard(env);
  await keyboard.page.close();
  const wide = await layout(env, { width: 1280, height: 800 });
  const narrow = await layout(env, { width: 400, height: 800 });
  return {
    mayBeFit: a.interactions,
    notFit: b.interactions,
    difference: a.interactions - b.interactions,
    differenceWithoutReferral: aWithout.interactions - b.interactions,
    keyboardNotFit: keyboard.keys,
    confirmBottom: Math.round(wide.confirmBottom ?? Infinity),
    firstField: Math.round(wide.firstField ?? Infinity),
    sidewaysAt400: narrow.sideways,
  };
}
