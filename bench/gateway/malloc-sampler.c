/*
 * LD_PRELOAD'ed into the gateway by bench/gateway/memory-timeline.ts (which compiles it with `cc`): a thread that
 * every MALLOC_SAMPLER_MS (default 10) ms appends one line to $MALLOC_SAMPLER_OUT with glibc's mallinfo2() summed
 * over all arenas: wall-clock ms, bytes held from the system in arenas (`arena`), in mmap'd chunks (`hblkhd`),
 * in use (`uordblks`) and free inside arenas (`fordblks`). It writes with write(2) from a stack buffer, so the
 * sampler itself allocates nothing and adds no arena of its own.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static int out_fd = -1;
static long interval_ms = 10;

static void *sample(void *unused) {
  (void)unused;
  char line[256];
  struct timespec pause = {0, interval_ms * 1000000L};
  for (;;) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct mallinfo2 info = mallinfo2();
    int length = snprintf(line, sizeof line, "%lld %zu %zu %zu %zu\n",
                          (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000, info.arena, info.hblkhd,
                          info.uordblks, info.fordblks);
    if (length > 0 && write(out_fd, line, (size_t)length) < 0) return NULL;
    nanosleep(&pause, NULL);
  }
  return NULL;
}

__attribute__((constructor)) static void start_sampler(void) {
  const char *path = getenv("MALLOC_SAMPLER_OUT");
  if (!path) return;
  const char *ms = getenv("MALLOC_SAMPLER_MS");
  if (ms) interval_ms = atol(ms) > 0 ? atol(ms) : 10;
  out_fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (out_fd < 0) return;
  /* Children (e.g. a shell the gateway spawns) must not inherit the sampler. */
  unsetenv("LD_PRELOAD");
  pthread_t thread;
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  pthread_create(&thread, &attributes, sample, NULL);
  pthread_attr_destroy(&attributes);
}
