import GradusServe
import Testing
