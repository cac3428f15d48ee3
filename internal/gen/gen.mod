module github.com/dualdate/dualdate

go 1.26.8

require (
	github.com/go-playground/locales v0.14.2 // indirect
	golang.org/x/text v0.43.0 // indirect
)
