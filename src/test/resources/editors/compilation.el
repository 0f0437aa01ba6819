;;; EditorsIT's driver for Emacs. Loads the documented snippet ($LL_SNIPPET),
;;; opens $LL_FILE and runs M-x layerlint-compile (LL_MODE=make) or, after
;;; replacing the buffer's text with $LL_CONTENT without saving,
;;; M-x layerlint-buffer (LL_MODE=buffer). Visits the errors one after the
;;; other with `next-error', reads each one's `compilation-message' and where
;;; point landed, and writes them as JSON to $LL_OUT.
(require 'compile)
(require 'json)
(setq compilation-skip-threshold 0) ; walk info and style findings too

;; what a user gets: next-error (M-g n) again and again, from the compilation buffer
(defun editors-it-entries (buf)
  "Each error of BUF as `next-error' visits it, and where it puts point."
  (let ((entries '()))
    (while (condition-case nil
               (progn (with-current-buffer buf (next-error)) t)
             (error nil))
      (let ((landed (list (cons 'file buffer-file-name)
                          (cons 'line (line-number-at-pos))
                          (cons 'col (1+ (- (point) (line-beginning-position)))))))
        (with-current-buffer buf
          (save-excursion
            (goto-char compilation-current-error)
            (let* ((msg (get-text-property (point) 'compilation-message))
                   (loc (compilation--message->loc msg))
                   (spec (car (compilation--loc->file-struct loc)))
                   (end (next-single-property-change (point) 'compilation-message nil (line-end-position))))
              (push (list (cons 'file (expand-file-name (car spec) (or (cadr spec) default-directory)))
                          (cons 'line (compilation--loc->line loc))
                          (cons 'col (compilation--loc->col loc))
                          (cons 'type (compilation--message->type msg))
                          (cons 'text (buffer-substring-no-properties end (line-end-position)))
                          (cons 'landed landed))
                    entries))))))
    (nreverse entries)))

(let ((coding-system-for-write 'utf-8)
      (result
       (condition-case err
           (progn
             (load (getenv "LL_SNIPPET") nil t)
             (find-file (getenv "LL_FILE"))
             (let ((buf (if (equal (getenv "LL_MODE") "buffer")
                            (progn
                              (erase-buffer)
                              (insert-file-contents (getenv "LL_CONTENT"))
                              (layerlint-buffer)
                              (get-buffer "*layerlint*"))
                          (layerlint-compile)
                          (get-buffer "*compilation*"))))
               (while (get-buffer-process buf)
                 (accept-process-output nil 0.05))
               (list (cons 'output (with-current-buffer buf (buffer-substring-no-properties (point-min) (point-max))))
                     (cons 'entries (vconcat (editors-it-entries buf))))))
         (error (list (cons 'exception (error-message-string err)))))))
  (with-temp-file (getenv "LL_OUT")
    (insert (json-encode result))))
