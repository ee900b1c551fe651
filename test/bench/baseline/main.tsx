/** The floor for the chat bundle: Preact and socket.io-client, a text box, nothing else. */
import { render } from 'preact';
import { io } from 'socket.io-client';

const socket = io('/visitor');
render(
  <textarea aria-label="message" onInput={(e) => socket.emit('t', e.currentTarget.value)} />,
  document.body,
);
