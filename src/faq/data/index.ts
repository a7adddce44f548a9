// The built-in knowledge base, one file per issue type (as zod splits its locales): each holds the
// answer (the guide's words for Q1–Q5) and the examples in customers' own words. Titles are the
// issue types' labels (ISSUE_TYPE_LABELS), so they cannot drift.
import type { IssueType } from '../../shared/issue-types.js';
import type { FaqEntryData } from '../types.js';
import { paidNotShipped } from './paid-not-shipped.js';
import { notAsDescribed } from './not-as-described.js';
import { couponUnusable } from './coupon-unusable.js';
import { customsBlocked } from './customs-blocked.js';
import { mistakenOrder } from './mistaken-order.js';
import { paymentProblem } from './payment-problem.js';
import { logisticsDelay } from './logistics-delay.js';
import { qualityDispute } from './quality-dispute.js';
import { returnExchange } from './return-exchange.js';
import { contactHuman } from './contact-human.js';
import { complaintFollowup } from './complaint-followup.js';
import { compensation } from './compensation.js';
import { stockRestock } from './stock-restock.js';
import { promotionRules } from './promotion-rules.js';
import { productInfo } from './product-info.js';
import { crossBorderTax } from './cross-border-tax.js';
import { membershipPoints } from './membership-points.js';
import { techIssue } from './tech-issue.js';
import { securityFraud } from './security-fraud.js';
import { evidenceGuide } from './evidence-guide.js';
import { feedback } from './feedback.js';

/** Every issue type's answer, examples, keywords and negative cues. */
export const FAQ_DATA: Readonly<Record<IssueType, FaqEntryData>> = {
  'paid-not-shipped': paidNotShipped,
  'not-as-described': notAsDescribed,
  'coupon-unusable': couponUnusable,
  'customs-blocked': customsBlocked,
  'mistaken-order': mistakenOrder,
  'payment-problem': paymentProblem,
  'logistics-delay': logisticsDelay,
  'quality-dispute': qualityDispute,
  'return-exchange': returnExchange,
  'contact-human': contactHuman,
  'complaint-followup': complaintFollowup,
  compensation: compensation,
  'stock-restock': stockRestock,
  'promotion-rules': promotionRules,
  'product-info': productInfo,
  'cross-border-tax': crossBorderTax,
  'membership-points': membershipPoints,
  'tech-issue': techIssue,
  'security-fraud': securityFraud,
  'evidence-guide': evidenceGuide,
  feedback: feedback,
};
