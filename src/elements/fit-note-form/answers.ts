/**
 * Who gave each answer the host needs to know about (DOMAIN.md §11): "may be fit" is pre-selected,
 * so the form records whether that default was accepted, chosen or set by the host; how the patient
 * was assessed and the review start unanswered, so the form records whether the host or the
 * clinician answered them.
 */
import type { FitNote } from '../../model/schemas.js';
import type { AnswerChoice, FitnessChoice } from './events.js';

export class AnswerOrigins {
  fitness: FitnessChoice = 'default-accepted';
  method: AnswerChoice = 'host-set';
  review: AnswerChoice = 'host-set';

  /** A note put on screen: the default, or the host's. */
  load(source: 'default' | 'host'): void {
    this.fitness = source === 'host' ? 'host-set' : 'default-accepted';
    this.method = 'host-set';
    this.review = 'host-set';
  }

  /**
   * For the host's note `after` replacing `before`: read before the load resets the origins, and
   * applied after it, an answer the host leaves as it was on screen keeps who gave it (a host adding
   * the appointment type has not chosen "may be fit").
   */
  keepFor(before: FitNote, after: FitNote): () => void {
    const kept = { fitness: this.fitness, method: this.method, review: this.review };
    return () => {
      if (after.fitness === before.fitness) this.fitness = kept.fitness;
      if (after.assessmentMethod === before.assessmentMethod) this.method = kept.method;
      if (after.reassessmentNeeded === before.reassessmentNeeded) this.review = kept.review;
    };
  }

  get choices(): { assessmentMethod: AnswerChoice; reassessmentNeeded: AnswerChoice } {
    return { assessmentMethod: this.method, reassessmentNeeded: this.review };
  }
}
