// Command peakrss runs a command and reports its peak resident set size
// and CPU time, as `/usr/bin/time -v` does ("Maximum resident set size"),
// on a line of its own:
//
//	peak-RSS-KiB 29468 user-ns 1740000000 sys-ns 20000000 wall-ns 910000000
//
// to standard error, or to the file given with -o. The command's own
// standard input, output and error are peakrss's, and peakrss exits with
// its exit status.
//
// Usage:
//
//	go build -o /tmp/peakrss ./internal/peakrss
//	/tmp/peakrss dualdate check lines.txt > /dev/null
//
// It exists because a Go program cannot measure this for a child itself:
// os/exec starts a child with vfork, so the kernel counts the parent's
// peak RSS as the child's when it execs (the child's ru_maxrss is the
// larger of the two), and a benchmark that holds a million lines in memory
// would report its own size. peakrss holds nothing, so the figure is the
// command's (anything over the 2 or 3 MiB that peakrss itself takes).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "write the figures to this file, not to standard error")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: peakrss [-o FILE] COMMAND [ARG...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(2)
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = int64(ru.Maxrss) // KiB on Linux
	}
	line := fmt.Sprintf("peak-RSS-KiB %d user-ns %d sys-ns %d wall-ns %d\n", rss,
		cmd.ProcessState.UserTime().Nanoseconds(), cmd.ProcessState.SystemTime().Nanoseconds(), wall.Nanoseconds())
	if *out == "" {
		os.Stderr.WriteString(line)
	} else if err := os.WriteFile(*out, []byte(line), 0o666); err != nil {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(2)
	}
	os.Exit(cmd.ProcessState.ExitCode())
}
