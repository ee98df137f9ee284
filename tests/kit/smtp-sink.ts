// A local SMTP server as its own process, for the email channel's tests: it accepts every
// message and prints each as one JSON line on stdout (after a first line with its port).
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        // A recipient the tests use to provoke a permanent refusal.
        if (to.some((address) => address.startsWith('bounce@'))) return callback(Object.assign(new Error('550 No such mailbox'), { responseCode: 550 }));
        process.stdout.write(`${JSON.stringify({ from: session.envelope.mailFrom && session.envelope.mailFrom.address, to, subject: mail.subject, text: mail.text, html: mail.html, headers: Object.fromEntries(mail.headers) })}\n`);
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ listening: (server.server.address() as { port: number }).port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
