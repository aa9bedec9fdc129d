import type { ParamsFor, RuleId } from "..";

/** A rule's texts: the title heading its group of problems, and the sentence saying what one finding is. */
export interface RuleText<R extends RuleId> {
  readonly title: string;
  message(params: ParamsFor<R>): string;
}

/** Every rule's texts, keyed by rule id: a language lacking a rule, or a message using a parameter its rule lacks, does not compile. */
export type RuleTexts = { readonly [R in RuleId]: RuleText<R> };

/** The values of a rule's enumerated parameter. */
export type Choice<R extends RuleId, P extends keyof ParamsFor<R>> = NonNullable<ParamsFor<R>[P]>;
