import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';

/** A session with an image built FROM alpine:3.22 with `USER nobody`, running as `u`. */
function withUserImage() {
  const s = fresh();
  for (const line of [
    'docker pull alpine:3.22',
    'mkdir p',
    'cd p',
    `printf 'FROM alpine:3.22\\nUSER nobody\\n' > Dockerfile`,
    'docker build -q -t nob .',
    'docker run -d --name u nob sleep 1000',
  ])
    run(s, line);
  return s;
}

describe("docker exec runs as the container's user (docs.docker.com/reference/cli/docker/container/exec, --user)", () => {
  test("without -u: the image's USER, as PID 1 runs", () => {
    const s = withUserImage();
    expect(run(s, 'docker exec u id').text).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n');
    expect(run(s, 'docker exec u whoami').text).toBe('nobody\n');
  });

  test('-u root overrides it; a container started with --user keeps that user', () => {
    const s = withUserImage();
    expect(run(s, 'docker exec -u root u id -u').text).toBe('0\n');
    run(s, 'docker run -d --name r --user 0 nob sleep 1000');
    expect(run(s, 'docker exec r id -u').text).toBe('0\n');
  });
});
