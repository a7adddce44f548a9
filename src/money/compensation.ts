import { TiantianError } from '../shared/errors.js';
import { type Issue, ok, type SafeResult } from '../shared/result.js';
import { COMPENSATION_RULES, type MoneySource } from './data.js';
import { CompensationRequestSchema } from './schemas.js';
import { orThrow } from './validate.js';
import { parseWith } from './zod-issues.js';

/**
 * A request to {@link proposeCompensation}, amounts in fen.
 *
 * @example
 * const request: CompensationRequest = { basis: 'double-shipping', shipping: 1200 };
 */
export type CompensationRequest =
  | { readonly basis: 'double-shipping'; readonly shipping: number }
  | { readonly basis: 'fraud'; readonly price: number }
  | { readonly basis: 'food-safety'; readonly price: number; readonly loss?: number };

/**
 * A proposed compensation: the amount in fen, its basis, its source, and how it was worked out.
 *
 * @example
 * const p: CompensationProposal = { amount: 2400, basis: 'double-shipping', source: COMPENSATION_RULES['double-shipping'].source, derivation: '2 × ¥12.00' };
 */
export interface CompensationProposal {
  readonly amount: number;
  readonly basis: CompensationRequest['basis'];
  readonly source: MoneySource;
  readonly derivation: string;
}

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')} yuan`;

function times(multiplier: number, fen: number, path: string): number {
  const amount = multiplier * fen;
  if (!Number.isSafeInteger(amount)) {
    throw new TiantianError('out_of_range', `${multiplier} × ${path} is beyond a safe integer of fen`, {
      path: [path],
    });
  }
  return amount;
}

function propose(request: CompensationRequest): CompensationProposal {
  switch (request.basis) {
    case 'double-shipping': {
      const rule = COMPENSATION_RULES['double-shipping'];
      const amount = times(rule.multiplier, request.shipping, 'shipping');
      return {
        amount,
        basis: request.basis,
        source: rule.source,
        derivation: `2 × shipping ${yuan(request.shipping)}`,
      };
    }
    case 'fraud': {
      const rule = COMPENSATION_RULES.fraud;
      const tripled = times(rule.multiplier, request.price, 'price');
      const amount = Math.max(tripled, rule.minimum);
      return {
        amount,
        basis: request.basis,
        source: rule.source,
        derivation:
          tripled >= rule.minimum
            ? `3 × price ${yuan(request.price)}`
            : `3 × price ${yuan(request.price)} = ${yuan(tripled)} is below the minimum of 500 yuan`,
      };
    }
    case 'food-safety': {
      const rule = COMPENSATION_RULES['food-safety'];
      const byPrice = times(rule.multiplier, request.price, 'price');
      const byLoss = request.loss === undefined ? 0 : times(rule.lossMultiplier, request.loss, 'loss');
      const larger = Math.max(byPrice, byLoss);
      const amount = Math.max(larger, rule.minimum);
      const which =
        byLoss > byPrice ? `3 × loss ${yuan(request.loss ?? 0)}` : `10 × price ${yuan(request.price)}`;
      return {
        amount,
        basis: request.basis,
        source: rule.source,
        derivation:
          larger >= rule.minimum
            ? `${which} (the larger of 10 × price and 3 × loss)`
            : `${which} = ${yuan(larger)} is below the minimum of 1,000 yuan`,
      };
    }
  }
}

/**
 * A compensation to propose (赔偿方案), in fen, with its source: `'double-shipping'` (the guide's
 * script “我们计划为您补偿双倍运费”: 2 × `shipping`); `'fraud'` (消费者权益保护法 art. 55: 3 × `price`,
 * at least 500 yuan); `'food-safety'` (食品安全法 art. 148: 10 × `price` or 3 × `loss`, whichever is
 * larger, at least 1,000 yuan). The statutory amounts are the punitive part, on top of making good
 * the loss.
 *
 * @param request - `{ basis, shipping }`, `{ basis, price }` or `{ basis, price, loss? }`
 * @returns `{ amount, basis, source, derivation }`
 * @throws {TiantianError} `invalid_argument` for an invalid request, `out_of_range` for an amount beyond a safe integer
 * @example
 * proposeCompensation({ basis: 'double-shipping', shipping: 1200 }).amount; //=> 2400
 * proposeCompensation({ basis: 'fraud', price: 9900 }).amount; //=> 50000
 */
export function proposeCompensation(request: CompensationRequest): CompensationProposal {
  const issues: Issue[] = [];
  const parsed = parseWith<CompensationRequest>(CompensationRequestSchema, request, 'request', issues);
  if (parsed === undefined) {
    orThrow({ success: false, error: { issues: issues.map((i) => ({ ...i, path: i.path.slice(1) })) } });
  }
  return propose(parsed!);
}

/**
 * {@link proposeCompensation} for untrusted input, in zod's `safeParse` shape. Never throws.
 *
 * @param request - anything
 * @returns `{ success: true, data: CompensationProposal }` or `{ success: false, error: { issues } }`
 * @example
 * safeProposeCompensation({ basis: 'fraud', price: -1 }).success; //=> false
 */
export function safeProposeCompensation(request: unknown): SafeResult<CompensationProposal> {
  const issues: Issue[] = [];
  const parsed = parseWith<CompensationRequest>(CompensationRequestSchema, request, 'request', issues);
  if (parsed === undefined)
    return { success: false, error: { issues: issues.map((i) => ({ ...i, path: i.path.slice(1) })) } };
  try {
    return ok(propose(parsed));
  } catch (error) {
    if (error instanceof TiantianError)
      return {
        success: false,
        error: { issues: [{ code: error.code, message: error.message, path: error.path }] },
      };
    throw error;
  }
}

/**
 * The variables of the reply script `propose-compensation` (方案确认) for a proposal: `amount` in
 * yuan, as the script's `{amount:yuan}` placeholder takes it.
 *
 * @param proposal - from {@link proposeCompensation}
 * @returns `{ amount }` in yuan
 * @example
 * const vars = compensationScriptVariables(proposeCompensation({ basis: 'double-shipping', shipping: 1200 }));
 * vars; //=> { amount: 24 }
 * renderScript('propose-compensation', vars); //=> '我们计划为您补偿双倍运费（24元），您看是否合适？'
 */
export function compensationScriptVariables(proposal: Pick<CompensationProposal, 'amount'>): {
  amount: number;
} {
  if (!Number.isSafeInteger(proposal.amount) || proposal.amount < 0) {
    throw new TiantianError(
      'invalid_argument',
      'proposal.amount must be a non-negative safe integer of fen',
      {
        path: ['amount'],
      },
    );
  }
  return { amount: proposal.amount / 100 };
}
