// The preview server (gradus serve) is being written; see GradusServe's issue notes.
import GradusSite
