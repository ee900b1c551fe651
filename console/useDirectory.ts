import { useEffect, useState } from 'preact/hooks';
import type { DepartmentInfo, Directory } from '../protocol/conversation.ts';
import type { Language } from '../protocol/language.ts';
import { ask, type AgentSocket, type Failure } from './socket.ts';

/** Colleagues and departments, asked for when a dialog opens: who is online changes all day. */
export function useDirectory(socket: AgentSocket): {
  directory: Directory | null;
  problem: Failure | null;
} {
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [problem, setProblem] = useState<Failure | null>(null);
  useEffect(() => {
    void ask(socket, 'directory.get', {}).then((reply) => {
      if (reply.ok) setDirectory(reply.data);
      else setProblem(reply.problem);
    });
  }, [socket]);
  return { directory, problem };
}

export function departmentName(d: DepartmentInfo, lang: Language): string {
  return lang === 'en' ? d.nameEn : d.nameZh;
}
