package vn.hoinghi.supervision;

/** An e-mail was stored; it is delivered once the storing transaction has committed. */
record OutboxQueued(long messageId) {
}
