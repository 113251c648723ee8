import { Catch, UseFilters, type RpcExceptionFilter } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import type { EventContract, EventOf } from '@parley/contracts';
import { throwError, type Observable } from 'rxjs';
import type { ConsumedEvent, EventContext } from './event-consumer.server';

/**
 * Nest's default RPC filter turns every unknown error into `{ message: 'Internal server error' }`.
 * KafkaEventServer needs the handler's own error: its class decides retry versus dead letter
 * (PermanentEventError) and its message becomes the dead letter's reason.
 */
@Catch()
export class HandlerErrorPassthrough implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

const passthrough = UseFilters(new HandlerErrorPassthrough()) as MethodDecorator;

/**
 * Declares a handler for one contract topic: `@OnEvent(MoReceived) onMo(mo: MoReceivedV1)`. The
 * handler's parameter type is checked against the contract, and KafkaEventServer only calls it with
 * events that passed the contract's validation.
 */
export function OnEvent<C extends EventContract>(contract: C) {
  const pattern = EventPattern(contract.topic) as MethodDecorator;
  return <H extends (event: EventOf<C>, context: EventContext) => unknown>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ): void => {
    pattern(target, key, descriptor);
    passthrough(target, key, descriptor);
  };
}

/** Marks a handler that takes a window of events at once (see OnEvents). */
export const BATCH_HANDLER = 'parley.batch';

/**
 * Declares a batch handler for one contract topic: `@OnEvents(MtRequested) onRequests(items:
 * ConsumedEvent<MtRequestedV1>[])`. It receives up to a round of valid events at once (per partition in
 * offset order) and returns the outputs for all of them, so that one statement can serve many events.
 * When it throws, KafkaEventServer splits the batch and calls it again with halves, down to the lone
 * event that is retried and then dead-lettered: the handler must be idempotent per event.
 */
export function OnEvents<C extends EventContract>(contract: C) {
  const pattern = EventPattern(contract.topic, { [BATCH_HANDLER]: true }) as MethodDecorator;
  return <H extends (events: ConsumedEvent<EventOf<C>>[]) => unknown>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    pattern(target, key, descriptor);
    passthrough(target, key, descriptor);
  };
}
